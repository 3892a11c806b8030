using System.Diagnostics;
using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>Issue 11, defect 11: throttling instead of lockout, tokens, sessions, password policy, antiforgery cookie.</summary>
public sealed class SignInSecurityTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private async Task<HttpResponseMessage> LoginAsync(string email, string password, HttpClient? client = null) =>
        await (client ?? app.CreateBrowserlikeClient()).SubmitFormAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = password });

    private static async Task<string> SummaryAsync(HttpResponseMessage response) =>
        string.Join(" ", HtmlForms.SummaryErrors(await response.Content.ReadAsStringAsync()));

    [Fact]
    public async Task Wrong_passwords_on_the_login_page_do_not_cut_the_accounts_api_tokens()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var api = app.ApiClient(await app.CreateTokenAsync(user.Id));
        for (var i = 0; i < 7; i++)
        {
            await LoginAsync(user.Email, "Wrong-Password-123");
        }

        var response = await api.GetAsync("/api/v1/customers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_disabled_users_tokens_stop_working()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var api = app.ApiClient(await app.CreateTokenAsync(user.Id));
        var admin = await AdminIdAsync();

        await app.WithScopeAsync(async s => { await s.GetRequiredService<UserAdministrationService>().SetLockedAsync(user.Id, locked: true, admin); return 0; });

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/customers")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_users_session_ends_within_five_seconds()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var client = await app.SignInAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Customers")).StatusCode);
        var admin = await AdminIdAsync();

        await app.WithScopeAsync(async s => { await s.GetRequiredService<UserAdministrationService>().SetLockedAsync(user.Id, locked: true, admin); return 0; });
        await Task.Delay(TimeSpan.FromSeconds(5.5));
        var response = await client.GetAsync("/Customers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>The claims are kept per user version (UserClaimsCache): a role change must still reach tokens and sessions.</summary>
    [Fact]
    public async Task A_role_change_reaches_the_users_tokens_at_once_and_sessions_within_five_seconds()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var api = app.ApiClient(await app.CreateTokenAsync(user.Id));
        var client = await app.SignInAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/webhooks")).StatusCode);
        var refused = await client.GetAsync("/Users");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var admin = await AdminIdAsync();

        await app.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<UserAdministrationService>().UpdateAsync(user.Id, new UserInput { Email = user.Email, DisplayName = "Promue", Roles = [Roles.Admin] }, admin, CancellationToken.None);
            return 0;
        });

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/webhooks")).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(5.5));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Users")).StatusCode);
    }

    [Fact]
    public async Task Known_and_unknown_accounts_get_the_same_answers_failing_then_throttled()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var unknown = $"personne-{Guid.NewGuid():N}@nulle.part";
        var known = new List<string>();
        var stranger = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            known.Add(await SummaryAsync(await LoginAsync(user.Email, "Wrong-Password-123")));
            stranger.Add(await SummaryAsync(await LoginAsync(unknown, "Wrong-Password-123")));
        }

        var rightPassword = await SummaryAsync(await LoginAsync(user.Email, user.Password));

        Assert.Equal("E-mail ou mot de passe incorrect.", known[0]);
        Assert.Equal(Strip(known), Strip(stranger));
        Assert.StartsWith("Trop de tentatives : connexion verrouillée temporairement.", known[5], StringComparison.Ordinal);
        Assert.StartsWith("Trop de tentatives", rightPassword, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_accounts_cost_the_same_password_hashing_time_as_known_ones()
    {
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var user = await app.CreateUserAsync(Roles.Accountant);
            knownTimes.Add(await TimeAsync(() => LoginAsync(user.Email, "Wrong-Password-123")));
            unknownTimes.Add(await TimeAsync(() => LoginAsync($"absent-{Guid.NewGuid():N}@nulle.part", "Wrong-Password-123")));
        }

        var known = Median(knownTimes);
        var unknown = Median(unknownTimes);
        Assert.True(unknown > known * 0.5 && unknown < known * 2, $"known {known:F1} ms, unknown {unknown:F1} ms");
    }

    [Fact]
    public async Task One_address_failing_on_many_accounts_is_throttled_in_the_database()
    {
        var retry = await app.WithScopeAsync(async s =>
        {
            var throttle = s.GetRequiredService<LoginThrottleService>();
            for (var i = 0; i < LoginThrottleService.AddressFreeFailures; i++)
            {
                await throttle.RecordFailureAsync($"victim{i}@test.local", "203.0.113.7", CancellationToken.None);
            }

            return (Same: await throttle.RetryAfterAsync("new@test.local", "203.0.113.7", CancellationToken.None),
                Other: await throttle.RetryAfterAsync("new@test.local", "198.51.100.1", CancellationToken.None));
        });

        Assert.NotNull(retry.Same);
        Assert.InRange(retry.Same.Value.TotalSeconds, 1, 30);
        Assert.Null(retry.Other);
    }

    [Theory]
    [InlineData("Password12345")]
    [InlineData("Qwertyuiop123")]
    [InlineData("Ma-Facturation-2026")]
    [InlineData("AtelierLumiere-2026")]
    public async Task Common_passwords_and_the_app_or_company_name_are_refused(string password)
    {
        var errors = await app.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AppUser>>();
            var email = $"policy-{Guid.NewGuid():N}@test.local";
            var result = await users.CreateAsync(new AppUser { UserName = email, Email = email, DisplayName = "Politique" }, password);
            return result.Errors.Select(e => e.Description).ToList();
        });

        Assert.Contains(errors, e => e.StartsWith("Ce mot de passe fait partie des plus courants", StringComparison.Ordinal) || e.StartsWith("Le mot de passe ne doit pas contenir le nom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Common_password_is_refused_in_french_on_the_change_password_form()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var client = await app.SignInAsync(user.Email, user.Password);

        var response = await client.SubmitFormAsync("/Account/ChangePassword", new() { ["CurrentPassword"] = user.Password, ["NewPassword"] = "Password12345", ["ConfirmPassword"] = "Password12345" });

        Assert.Equal("Ce mot de passe fait partie des plus courants : choisissez-en un autre.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "NewPassword"));
    }

    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task Antiforgery_cookie_is_secure_whenever_the_request_is_https(string baseAddress, bool secure)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/Login");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Facturation.Antiforgery", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Strip(IEnumerable<string> messages) =>
        messages.Select(m => System.Text.RegularExpressions.Regex.Replace(m, @"\d+", "N"));

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private Task<string> AdminIdAsync() => app.WithScopeAsync(async s =>
        (await s.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(FacturationApp.AdminEmail))!.Id);
}
