using System.Net;
using System.Text.RegularExpressions;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Users;

public sealed partial class UserAdministrationTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Admin_creates_a_user_whose_one_time_password_works_and_must_be_changed()
    {
        var admin = await app.SignInAsAdminAsync();

        var created = await admin.SubmitFormAsync("/Users/Create", new() { ["Email"] = "nouveau@test.local", ["DisplayName"] = "Nouveau", ["Roles"] = Roles.Accountant });
        var list = await admin.GetStringAsync("/Users");
        var password = System.Net.WebUtility.HtmlDecode(OneTimePassword().Match(list).Groups[1].Value);
        var newcomer = await app.SignInAsync("nouveau@test.local", password);
        var first = await newcomer.GetAsync("/Customers");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(20, password.Length);
        Assert.Equal("/Account/ChangePassword", first.Headers.Location!.OriginalString);
        Assert.DoesNotContain("one-time-password", await admin.GetStringAsync("/Users"));
    }

    [Fact]
    public async Task Creating_a_user_without_role_or_with_a_taken_email_shows_field_errors()
    {
        var admin = await app.SignInAsAdminAsync();

        var noRole = await admin.SubmitFormAsync("/Users/Create", new() { ["Email"] = "sansrole@test.local", ["DisplayName"] = "Sans rôle" });
        var taken = await admin.SubmitFormAsync("/Users/Create", new() { ["Email"] = FacturationApp.AdminEmail, ["DisplayName"] = "Doublon", ["Roles"] = Roles.Accountant });

        Assert.Equal("Choisissez au moins un rôle.", HtmlForms.FieldError(await noRole.Content.ReadAsStringAsync(), "Roles"));
        Assert.Equal("Un utilisateur existe déjà avec cet e-mail.", HtmlForms.FieldError(await taken.Content.ReadAsStringAsync(), "Email"));
    }

    [Fact]
    public async Task The_last_administrator_cannot_lose_the_admin_role()
    {
        var admin = await app.SignInAsAdminAsync();
        var adminId = await app.WithScopeAsync(async s =>
            (await s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByEmailAsync(FacturationApp.AdminEmail))!.Id);

        var response = await admin.SubmitFormAsync($"/Users/Edit/{adminId}", new() { ["Email"] = FacturationApp.AdminEmail, ["DisplayName"] = "Admin", ["Roles"] = Roles.Accountant });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Il doit rester au moins un administrateur actif.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Roles"));
    }

    [Fact]
    public async Task A_disabled_account_can_no_longer_sign_in()
    {
        var user = await app.CreateUserAsync(Roles.BillingManager);
        var admin = await app.SignInAsAdminAsync();

        await admin.SubmitFormAsync($"/Users/Lock/{user.Id}", [], pageUrl: "/Users");
        var login = await app.CreateBrowserlikeClient().SubmitFormAsync("/Account/Login", new() { ["Email"] = user.Email, ["Password"] = user.Password });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("verrouillé", await login.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("data-testid=\"one-time-password\">[^:]+ : ([^<]+)<")]
    private static partial Regex OneTimePassword();
}
