using System.Net;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Security;

/// <summary>Each role is allowed and refused where it should be, on every screen (redirect to "access denied").</summary>
public sealed class RolePolicyTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    public static TheoryData<string, string, bool> ScreenAccess => new()
    {
        { Roles.Accountant, "/Customers", true },
        { Roles.Accountant, "/Customers/Details/1", true },
        { Roles.Accountant, "/Customers/Create", false },
        { Roles.Accountant, "/Customers/Edit/1", false },
        { Roles.Accountant, "/Users", false },
        { Roles.BillingManager, "/Customers/Create", true },
        { Roles.BillingManager, "/Customers/Edit/1", true },
        { Roles.BillingManager, "/Users", false },
        { Roles.Admin, "/Users", true },
        { Roles.Admin, "/Customers/Create", true },
        { Roles.Accountant, "/Account/Tokens", true },
        { Roles.Accountant, "/Invoices", true },
        { Roles.Accountant, "/Invoices/Create", false },
        { Roles.BillingManager, "/Invoices/Create", true },
        { Roles.Admin, "/Numbering", true },
        { Roles.BillingManager, "/Numbering", false },
        { Roles.Accountant, "/Products", true },
        { Roles.Accountant, "/Products/Details/1", true },
        { Roles.Accountant, "/Products/Create", false },
        { Roles.Accountant, "/Products/Edit/1", false },
        { Roles.Accountant, "/TaxCodes", true },
        { Roles.Accountant, "/TaxCodes/Details/1", true },
        { Roles.Accountant, "/TaxCodes/Create", false },
        { Roles.Accountant, "/GlAccounts", true },
        { Roles.Accountant, "/GlAccounts/Details/1", true },
        { Roles.Accountant, "/GlAccounts/Create", false },
        { Roles.Accountant, "/Settings", false },
        { Roles.BillingManager, "/Products/Create", true },
        { Roles.BillingManager, "/Products/Edit/1", true },
        { Roles.BillingManager, "/TaxCodes", true },
        { Roles.BillingManager, "/TaxCodes/Create", false },
        { Roles.BillingManager, "/TaxCodes/Edit/1", false },
        { Roles.BillingManager, "/GlAccounts", true },
        { Roles.BillingManager, "/GlAccounts/Create", false },
        { Roles.BillingManager, "/GlAccounts/Edit/1", false },
        { Roles.BillingManager, "/Settings", false },
        { Roles.BillingManager, "/Settings/UploadLogo", false },
        { Roles.BillingManager, "/Settings/Logo", false },
        { Roles.Admin, "/Products/Create", true },
        { Roles.Admin, "/TaxCodes/Create", true },
        { Roles.Admin, "/TaxCodes/Edit/1", true },
        { Roles.Admin, "/GlAccounts/Create", true },
        { Roles.Admin, "/GlAccounts/Edit/1", true },
        { Roles.Admin, "/Settings", true },
        { Roles.Admin, "/Settings/UploadLogo", true },
    };

    [Theory]
    [MemberData(nameof(ScreenAccess))]
    public async Task Screen_is_allowed_only_to_its_roles(string role, string url, bool allowed)
    {
        var client = await app.SignInAsync(role);

        var response = await client.GetAsync(url);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Accountant_posting_the_create_form_anyway_is_refused_and_nothing_is_saved()
    {
        var manager = await app.SignInAsync(Roles.BillingManager);
        var page = await (await manager.GetAsync("/Customers/Create")).Content.ReadAsStringAsync();
        var accountant = await app.SignInAsync(Roles.Accountant);
        var token = HtmlForms.AntiforgeryToken(await accountant.GetStringAsync("/Customers"));

        var response = await accountant.PostAsync("/Customers/Create", new FormUrlEncodedContent(new Dictionary<string, string>(new Customers.CustomerForm().Set("Code", "INTRUS").Fields)
        {
            [HtmlForms.AntiforgeryField] = token ?? HtmlForms.AntiforgeryToken(page)!,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.False(await CustomerExistsAsync("INTRUS"));
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_rejected()
    {
        var client = await app.SignInAsync(Roles.BillingManager);

        var response = await client.PostFormWithoutTokenAsync("/Customers/Create", new Customers.CustomerForm().Set("Code", "FORGED").Fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await CustomerExistsAsync("FORGED"));
    }

    [Fact]
    public async Task Post_with_another_sessions_antiforgery_token_is_rejected()
    {
        var victim = await app.SignInAsync(Roles.BillingManager);
        var attacker = await app.SignInAsync(Roles.BillingManager);
        var attackerToken = HtmlForms.AntiforgeryToken(await attacker.GetStringAsync("/Customers/Create"))!;

        var response = await victim.PostAsync("/Customers/Create", new FormUrlEncodedContent(new Dictionary<string, string>(new Customers.CustomerForm().Set("Code", "CSRF").Fields)
        {
            [HtmlForms.AntiforgeryField] = attackerToken,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<bool> CustomerExistsAsync(string code) =>
        app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Customers.AnyAsync(c => c.Code == code));

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/Account/Login");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
