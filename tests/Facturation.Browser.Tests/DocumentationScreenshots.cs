using Facturation.Testing;

namespace Facturation.Browser.Tests;

/// <summary>
/// Not a test: saves 1440 px and 390 px screenshots of the main pages to docs/images/ for the README. Opt-in with
/// FACTURATION_SCREENSHOTS=1 (skipped otherwise, so CI never runs it):
/// <c>FACTURATION_SCREENSHOTS=1 dotnet test tests/Facturation.Browser.Tests --filter DocumentationScreenshots</c>.
/// </summary>
public sealed class DocumentationScreenshots(BrowserSession session) : IClassFixture<BrowserSession>
{
    public const string Variable = "FACTURATION_SCREENSHOTS";

    [ScreenshotFact]
    public async Task Save_screenshots_of_the_main_pages()
    {
        var pages = await SamplePages.CreateAsync(session.App, "ECRAN");
        var folder = Path.Combine(RepositoryRoot(), "docs", "images");
        Directory.CreateDirectory(folder);
        foreach (var (width, height, suffix) in new[] { (1440, 900, "1440"), (390, 844, "390") })
        {
            var page = await SamplePages.SignedInPageAsync(session, width, height);
            foreach (var (name, path) in pages.SignedIn)
            {
                await page.GotoAsync(path);
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{suffix}.png"), FullPage = true });
            }
        }

        Assert.True(File.Exists(Path.Combine(folder, "facture-1440.png")));
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
}
