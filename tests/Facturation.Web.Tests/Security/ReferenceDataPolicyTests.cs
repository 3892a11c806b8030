using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Security;

/// <summary>
/// Everyone reads the reference data; products are edited by billing managers and administrators; tax codes,
/// GL accounts and the company settings by administrators only.
/// </summary>
public sealed class ReferenceDataPolicyTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Accountant_posting_the_product_form_anyway_is_refused_and_nothing_is_saved()
    {
        var accountant = await app.SignInAsync(Roles.Accountant);

        var response = await accountant.SubmitFormAsync("/Products/Create",
            new Products.ProductForm().Set("Code", "INTRUS").Fields, pageUrl: "/Products");

        AssertAccessDenied(response);
        Assert.False(await app.QueryAsync(db => db.Products.AnyAsync(p => p.Code == "INTRUS")));
    }

    [Fact]
    public async Task Accountant_posting_a_deactivation_anyway_is_refused_and_the_product_stays_active()
    {
        var accountant = await app.SignInAsync(Roles.Accountant);
        var id = await app.ProductIdAsync("DEV-H");

        var response = await accountant.SubmitFormAsync($"/Products/Deactivate/{id}", [], pageUrl: "/Products");

        AssertAccessDenied(response);
        Assert.True(await app.QueryAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Active).SingleAsync()));
    }

    [Fact]
    public async Task Billing_manager_posting_a_tax_code_anyway_is_refused_and_nothing_is_saved()
    {
        var manager = await app.SignInAsync(Roles.BillingManager);

        var response = await manager.SubmitFormAsync("/TaxCodes/Create",
            new TaxCodes.TaxCodeForm().Set("Code", "INTRUS").Fields, pageUrl: "/TaxCodes");

        AssertAccessDenied(response);
        Assert.False(await app.QueryAsync(db => db.TaxCodes.AnyAsync(t => t.Code == "INTRUS")));
    }

    [Fact]
    public async Task Billing_manager_posting_a_gl_account_anyway_is_refused_and_nothing_is_saved()
    {
        var manager = await app.SignInAsync(Roles.BillingManager);

        var response = await manager.SubmitFormAsync("/GlAccounts/Create",
            new Dictionary<string, string> { ["Number"] = "999999", ["Label"] = "Intrus", ["Kind"] = "Revenue" }, pageUrl: "/GlAccounts");

        AssertAccessDenied(response);
        Assert.False(await app.QueryAsync(db => db.GlAccounts.AnyAsync(a => a.Number == "999999")));
    }

    [Fact]
    public async Task Billing_manager_uploading_a_logo_anyway_is_refused()
    {
        var manager = await app.SignInAsync(Roles.BillingManager);
        var token = HtmlForms.AntiforgeryToken(await manager.GetStringAsync("/Products"))!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), HtmlForms.AntiforgeryField },
            { new ByteArrayContent(Settings.LogoUploads.Png(64)), "Logo", "logo.png" },
        };

        var response = await manager.PostAsync("/Settings/UploadLogo", form);

        AssertAccessDenied(response);
        Assert.False(await app.QueryAsync(db => db.Companies.AnyAsync(c => c.Logo != null)));
    }

    [Fact]
    public async Task Tax_code_form_post_without_antiforgery_token_is_rejected()
    {
        var admin = await app.SignInAsAdminAsync();

        var response = await admin.PostFormWithoutTokenAsync("/TaxCodes/Create", new TaxCodes.TaxCodeForm().Set("Code", "FORGED").Fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.TaxCodes.AnyAsync(t => t.Code == "FORGED")));
    }

    [Fact]
    public async Task Reader_sees_no_edit_buttons_on_reference_data()
    {
        var accountant = await app.SignInAsync(Roles.Accountant);

        var products = await accountant.GetStringAsync("/Products");
        var taxCode = await accountant.GetStringAsync("/TaxCodes/Details/1");

        Assert.DoesNotContain("href=\"/Products/Create\"", products);
        Assert.DoesNotContain("/TaxCodes/Edit/1", taxCode);
        Assert.DoesNotContain("/TaxCodes/Deactivate/1", taxCode);
    }

    private static void AssertAccessDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
