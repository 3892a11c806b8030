using Facturation.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Facturation.Browser.Tests;

/// <summary>
/// The app on a real Kestrel port and a real headless Chromium (Debian's, never a downloaded build) driving it.
/// One per test class; each test opens its own browser context (fresh cookies). A derived session may configure the
/// app before it starts (<see cref="Configure"/>).
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    /// <summary>
    /// How long an expectation waits. Playwright's 5 s is shorter than an app's first requests on the CI machine, where
    /// four test projects share two cores: a cold sign-in (login POST, then the dashboard's first render) took 3–6 s
    /// there and failed a run. A passing test waits no longer; a failing one reports 20 s later.
    /// </summary>
    private const float ExpectTimeoutMs = 20_000;

    private IPlaywright? _playwright;

    static BrowserSession() => Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);

    public FacturationApp App { get; } = new KestrelFacturationApp();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (RequiredService.GetSkipReason(Environment.GetEnvironmentVariable, TestService.Chromium) is not null)
        {
            return;
        }

        var app = (KestrelFacturationApp)App;
        Configure(app);
        app.UseKestrel(0);
        app.StartServer();
        BaseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequiredService.ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "fr-FR" });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser context signed in through the login form as <paramref name="user"/>.</summary>
    public async Task<IPage> SignedInPageAsync(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(user.Email);
        await page.GetByLabel("Mot de passe").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("user-menu")).ToBeVisibleAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        await App.DisposeAsync();
    }

    /// <summary>Configuration applied before the server starts (e.g. an SMTP server); nothing by default.</summary>
    protected virtual void Configure(FacturationApp app)
    {
    }

    private sealed class KestrelFacturationApp : FacturationApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);

            // Static web assets (Bootstrap) are served from the project folders as in a developer run.
            builder.UseStaticWebAssets();
        }
    }
}
