using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Security;

public sealed class SignInTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_login_page()
    {
        var client = app.CreateBrowserlikeClient();

        var response = await client.GetAsync("/Customers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_page_is_served_in_french()
    {
        var html = await app.CreateBrowserlikeClient().GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("Se connecter", html);
    }

    [Fact]
    public async Task Login_page_is_available_in_english()
    {
        var html = await app.CreateBrowserlikeClient().GetStringAsync("/Account/Login?culture=en");

        Assert.Contains("Sign in", html);
    }

    [Fact]
    public async Task Admin_signs_in_with_the_configured_password()
    {
        var client = await app.SignInAsAdminAsync();

        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Atelier Lumière", await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrong_password_shows_an_error_and_no_session()
    {
        var client = app.CreateBrowserlikeClient();

        var response = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = FacturationApp.AdminEmail, ["Password"] = "mauvais" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-mail ou mot de passe incorrect.", HtmlForms.SummaryErrors(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Customers")).StatusCode);
    }

    [Fact]
    public async Task Empty_login_form_shows_field_errors()
    {
        var response = await app.CreateBrowserlikeClient().SubmitFormAsync("/Account/Login", new() { ["Email"] = "", ["Password"] = "" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("L'e-mail est obligatoire.", HtmlForms.FieldError(html, "Email"));
        Assert.Equal("Le mot de passe est obligatoire.", HtmlForms.FieldError(html, "Password"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var client = app.CreateBrowserlikeClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = user.Email, ["Password"] = "Wrong-Password-123" });
        }

        var response = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = user.Email, ["Password"] = user.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("verrouillé", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Generated_password_must_be_changed_before_anything_else()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        await app.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AppUser>>();
            var account = await users.FindByIdAsync(user.Id);
            account!.MustChangePassword = true;
            return await users.UpdateAsync(account);
        });
        var client = await app.SignInAsync(user.Email, user.Password);

        var blocked = await client.GetAsync("/Customers");
        var weak = await client.SubmitFormAsync("/Account/ChangePassword", new() { ["CurrentPassword"] = user.Password, ["NewPassword"] = "court", ["ConfirmPassword"] = "court" });
        var changed = await client.SubmitFormAsync("/Account/ChangePassword", new() { ["CurrentPassword"] = user.Password, ["NewPassword"] = "Nouveau-Mot-2026", ["ConfirmPassword"] = "Nouveau-Mot-2026" });

        Assert.Equal("/Account/ChangePassword", blocked.Headers.Location!.OriginalString);
        Assert.Contains("au moins 12 caractères", HtmlForms.FieldError(await weak.Content.ReadAsStringAsync(), "NewPassword"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Customers")).StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var response = await client.SubmitFormAsync("/Account/Logout", [], pageUrl: "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Customers")).StatusCode);
    }
}
