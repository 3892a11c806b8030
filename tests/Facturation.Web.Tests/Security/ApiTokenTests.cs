using System.Net;
using System.Text.RegularExpressions;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Security;

public sealed partial class ApiTokenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Token_created_in_the_ui_is_shown_once_stored_hashed_and_works_until_revoked()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var created = await client.SubmitFormAsync("/Account/Tokens", new() { ["Name"] = "Export compta" });
        var page = await client.GetStringAsync((created.Headers.Location ?? new Uri("/Account/Tokens", UriKind.Relative)).OriginalString);
        var token = TokenPattern().Match(page).Value;
        var api = app.ApiClient(token);
        var before = await api.GetAsync("/api/v1/customers");
        var pageAgain = await client.GetStringAsync("/Account/Tokens");
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().ApiTokens.SingleAsync(t => t.Name == "Export compta"));
        var revoke = await client.SubmitFormAsync($"/Account/Tokens/{stored.Id}/revoke", [], pageUrl: "/Account/Tokens");
        var after = await api.GetAsync("/api/v1/customers");

        Assert.StartsWith("fct_", token, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.DoesNotContain(token, pageAgain);
        Assert.NotEqual(token, stored.Hash);
        Assert.DoesNotContain(token, stored.Hash);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Token_form_without_name_shows_the_field_error()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var response = await client.SubmitFormAsync("/Account/Tokens", new() { ["Name"] = "" });

        Assert.Equal("Donnez un nom au jeton (ex. « Export comptable »).", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Name"));
    }

    [Fact]
    public async Task A_user_cannot_revoke_someone_elses_token()
    {
        var owner = await app.CreateUserAsync(Roles.Accountant);
        var token = await app.CreateTokenAsync(owner.Id);
        var tokenId = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().ApiTokens.Where(t => t.UserId == owner.Id).Select(t => t.Id).SingleAsync());
        var other = await app.SignInAsync(Roles.Admin);

        var response = await other.SubmitFormAsync($"/Account/Tokens/{tokenId}/revoke", [], pageUrl: "/Account/Tokens");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(token).GetAsync("/api/v1/customers")).StatusCode);
    }

    [Fact]
    public async Task Token_of_a_disabled_account_is_refused()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var token = await app.CreateTokenAsync(user.Id);
        var admin = await app.SignInAsAdminAsync();

        await admin.SubmitFormAsync($"/Users/Lock/{user.Id}", [], pageUrl: "/Users");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ApiClient(token).GetAsync("/api/v1/customers")).StatusCode);
    }

    [GeneratedRegex("fct_[A-Za-z0-9_-]{40,}")]
    private static partial Regex TokenPattern();
}
