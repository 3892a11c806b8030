using Facturation.Testing;

namespace Facturation.Browser.Tests;

/// <summary>
/// Not a test: saves the README's screenshots to docs/images/ — the dashboard, the draft editor and the document page at
/// 1440 px, the sales list at 390 px — over the first-run demo data (ADR-030), one screen high so each PNG stays small.
/// Opt-in with FACTURATION_SCREENSHOTS=1 (skipped otherwise, so CI never runs it):
/// <c>FACTURATION_SCREENSHOTS=1 dotnet test tests/Facturation.Browser.Tests --filter DocumentationScreenshots</c>.
/// </summary>
public sealed class DocumentationScreenshots(DocumentationScreenshots.DemoSession session) : IClassFixture<DocumentationScreenshots.DemoSession>
{
    public const string Variable = "FACTURATION_SCREENSHOTS";

    [ScreenshotFact]
    public async Task Save_screenshots_of_the_main_pages()
    {
        var pages = await SamplePages.CreateAsync(session.App, "ECRAN");
        var folder = Path.Combine(RepositoryRoot(), "docs", "images");
        Directory.CreateDirectory(folder);
        (string File, string Path, int Width, int Height)[] shots =
        [
            ("tableau-de-bord-1440.png", "/", 1440, 900),
            ("editeur-1440.png", $"/Invoices/Edit/{pages.DraftId}", 1440, 900),
            ("facture-1440.png", $"/Invoices/Details/{pages.InvoiceId}", 1440, 900),
            ("liste-factures-390.png", "/Invoices", 390, 844),
        ];
        foreach (var (file, path, width, height) in shots)
        {
            var page = await SamplePages.SignedInPageAsync(session, width, height);
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, file) });
            await page.Context.CloseAsync();
        }

        Assert.All(shots, shot => Assert.True(File.Exists(Path.Combine(folder, shot.File))));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Facturation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Facturation.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class ScreenshotFactAttribute : FactAttribute
    {
        public ScreenshotFactAttribute()
        {
            Skip = Environment.GetEnvironmentVariable(Variable) is "1" or "true"
                ? RequiredService.GetSkipReason(Environment.GetEnvironmentVariable, TestService.Chromium)
                : $"Documentation screenshots are taken on demand: set {Variable}=1.";
        }
    }

    /// <summary>The app with its first-run demo documents when screenshots are asked for, so they show what a newcomer sees.</summary>
    public sealed class DemoSession : BrowserSession
    {
        protected override void Configure(FacturationApp app)
        {
            ArgumentNullException.ThrowIfNull(app);
            if (Environment.GetEnvironmentVariable(Variable) is "1" or "true")
            {
                app.With("Facturation:SeedDemoInvoices", "true");
            }
        }
    }
}
