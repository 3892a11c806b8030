using System.Net;
using Facturation.Application.Identity;
using Facturation.Domain.Taxes;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Products;

public sealed class ProductScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Create_with_defaults_is_saved_and_listed()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var vat20 = await app.TaxCodeIdAsync("TVA20");
        var services = await app.GlAccountIdAsync("706000");

        var response = await client.SubmitFormAsync("/Products/Create",
            new ProductForm().Set("Code", "audit-j").Set("Label", "Journée d'audit").WithDefaults(vat20, services).Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var product = await app.QueryAsync(db => db.Products.SingleAsync(p => p.Code == "AUDIT-J"));
        Assert.Equal($"/Products/Details/{product.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((12.50m, 4.1m, vat20, services), (product.UnitPrice, product.CostPrice!.Value, product.DefaultTaxCodeId!.Value, product.DefaultGlAccountId!.Value));
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/Products?search=audit"));
        Assert.Contains("AUDIT-J", list);
        Assert.Contains("Journée d'audit", list);
        Assert.Contains("TVA20 – TVA 20 %", list);
    }

    [Theory]
    [InlineData("Code", "", "Code", "Le code est obligatoire.")]
    [InlineData("Code", "A B", "Code", "Le code ne contient que des lettres, chiffres, « - », « _ » ou « . ».")]
    [InlineData("Label", "", "Label", "Le libellé est obligatoire.")]
    [InlineData("UnitPrice", "douze", "UnitPrice", "« douze » n'est pas un nombre valide.")]
    [InlineData("UnitPrice", "-1", "UnitPrice", "Le prix unitaire HT ne peut pas être négatif.")]
    [InlineData("UnitPrice", "1,23456", "UnitPrice", "Le prix unitaire HT accepte au plus 4 décimales.")]
    [InlineData("CostPrice", "-2", "CostPrice", "Le prix de revient ne peut pas être négatif.")]
    [InlineData("Unit", "unité beaucoup trop longue", "Unit", "20 caractères au plus.")]
    public async Task Create_with_bad_input_shows_the_message_next_to_the_field_and_saves_nothing(string field, string value, string errorField, string message)
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var label = SeededData.Unique("Refusé ");

        var response = await client.SubmitFormAsync("/Products/Create", new ProductForm().Set("Code", SeededData.Unique("BAD")).Set("Label", label).Set(field, value).Fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), errorField));
        Assert.False(await app.QueryAsync(db => db.Products.AnyAsync(p => p.Label == label)));
    }

    [Fact]
    public async Task Create_with_an_unknown_tax_code_is_a_field_error()
    {
        var client = await app.SignInAsync(Roles.BillingManager);

        var response = await client.SubmitFormAsync("/Products/Create", new ProductForm().Set("Code", "NOTAX").WithDefaults(987654, null).Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Ce code de taxe n'existe pas.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "DefaultTaxCodeId"));
        Assert.False(await app.QueryAsync(db => db.Products.AnyAsync(p => p.Code == "NOTAX")));
    }

    [Fact]
    public async Task Create_with_an_unknown_gl_account_is_a_field_error()
    {
        var client = await app.SignInAsync(Roles.BillingManager);

        var response = await client.SubmitFormAsync("/Products/Create", new ProductForm().Set("Code", "NOACCOUNT").WithDefaults(null, 987654).Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Ce compte GL n'existe pas.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "DefaultGlAccountId"));
        Assert.False(await app.QueryAsync(db => db.Products.AnyAsync(p => p.Code == "NOACCOUNT")));
    }

    [Fact]
    public async Task Create_with_a_vat_account_as_default_is_refused_on_the_account()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var vatCollected = await app.GlAccountIdAsync("445710");

        var response = await client.SubmitFormAsync("/Products/Create", new ProductForm().Set("Code", "VATACCOUNT").WithDefaults(null, vatCollected).Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Le compte par défaut d'un produit doit être un compte de produits (ventes ou prestations).",
            HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "DefaultGlAccountId"));
    }

    [Fact]
    public async Task Create_with_a_deactivated_tax_code_is_refused_and_the_form_does_not_offer_it()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var retired = new TaxCode("OLD19", "Ancien taux 19,6 %", [new TaxComponent("TVA", 19.6m)], null);
        retired.Deactivate();
        var retiredId = await app.AddAsync(retired, t => t.Id);

        var form = await client.GetStringAsync("/Products/Create");
        var response = await client.SubmitFormAsync("/Products/Create", new ProductForm().Set("Code", "OLDRATE").WithDefaults(retiredId, null).Fields);

        Assert.DoesNotContain("OLD19", form);
        Assert.Contains("TVA20 – TVA 20 %", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Ce code de taxe est désactivé : choisissez-en un autre.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "DefaultTaxCodeId"));
    }

    [Fact]
    public async Task Edit_keeps_a_default_tax_code_deactivated_since_it_was_chosen()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var taxCodeId = await app.AddAsync(new TaxCode("SOON-OLD", "Bientôt retiré", [new TaxComponent("TVA", 8.5m)], null), t => t.Id);
        await client.SubmitFormAsync("/Products/Create", new ProductForm().Set("Code", "KEEPTAX").WithDefaults(taxCodeId, null).Fields);
        var productId = await app.ProductIdAsync("KEEPTAX");
        var admin = await app.SignInAsAdminAsync();
        await admin.SubmitFormAsync($"/TaxCodes/Deactivate/{taxCodeId}", [], pageUrl: $"/TaxCodes/Details/{taxCodeId}");

        var form = await client.GetStringAsync($"/Products/Edit/{productId}");
        var response = await client.SubmitFormAsync($"/Products/Edit/{productId}",
            new ProductForm().Set("Code", "KEEPTAX").Set("Label", "Libellé modifié").WithDefaults(taxCodeId, null).Fields);

        Assert.Contains("SOON-OLD", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.QueryAsync(db => db.Products.SingleAsync(p => p.Id == productId));
        Assert.Equal(("Libellé modifié", taxCodeId), (saved.Label, saved.DefaultTaxCodeId!.Value));
    }

    [Fact]
    public async Task Create_with_a_code_already_used_is_a_field_error_not_an_exception()
    {
        var client = await app.SignInAsync(Roles.BillingManager);

        var response = await client.SubmitFormAsync("/Products/Create", new ProductForm().Set("Code", "conseil-j").Set("Label", "Doublon").Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Ce code est déjà utilisé par un autre produit.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Code"));
        Assert.Equal(1, await app.QueryAsync(db => db.Products.CountAsync(p => p.Code == "CONSEIL-J")));
        Assert.False(await app.QueryAsync(db => db.Products.AnyAsync(p => p.Label == "Doublon")));
    }

    [Fact]
    public async Task Edit_to_the_code_of_another_product_is_a_field_error()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        await client.SubmitFormAsync("/Products/Create", new ProductForm().Set("Code", "RENAME-ME").Fields);
        var id = await app.ProductIdAsync("RENAME-ME");

        var response = await client.SubmitFormAsync($"/Products/Edit/{id}", new ProductForm().Set("Code", "LIVRE").Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Ce code est déjà utilisé par un autre produit.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Code"));
        Assert.Equal("RENAME-ME", await app.QueryAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Code).SingleAsync()));
    }

    [Fact]
    public async Task Deactivate_then_reactivate_keeps_the_product()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        await client.SubmitFormAsync("/Products/Create", new ProductForm().Set("Code", "DORMANT").Fields);
        var id = await app.ProductIdAsync("DORMANT");

        var deactivated = await client.SubmitFormAsync($"/Products/Deactivate/{id}", [], pageUrl: $"/Products/Details/{id}");
        var activeAfterDeactivation = await app.QueryAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Active).SingleAsync());
        var listed = await client.GetStringAsync("/Products?search=dormant");
        var reactivated = await client.SubmitFormAsync($"/Products/Reactivate/{id}", [], pageUrl: $"/Products/Details/{id}");

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False(activeAfterDeactivation);
        Assert.Contains("DORMANT", listed);
        Assert.Contains("Inactif", listed);
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Active).SingleAsync()));
    }

    [Fact]
    public async Task Search_returns_only_matching_products()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var page = await client.GetStringAsync("/Products?search=affiche");

        Assert.Contains("AFFICHE-A2", page);
        Assert.DoesNotContain("CONSEIL-J", page);
    }

    [Fact]
    public async Task Paging_shows_the_requested_page_and_keeps_the_search()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        for (var i = 0; i < 26; i++)
        {
            await app.AddAsync(new Domain.Catalog.Product(new Domain.Catalog.ProductDetails($"PAGE-{i:00}", "Paginé", null, null, 1m, null, null, null)), p => p.Id);
        }

        var first = await client.GetStringAsync("/Products?search=page-");
        var second = await client.GetStringAsync("/Products?search=page-&page=2");

        Assert.Contains("PAGE-00", first);
        Assert.DoesNotContain("PAGE-25", first);
        Assert.Contains("href=\"/Products?page=2&amp;search=page-\"", first);
        Assert.Contains("PAGE-25", second);
        Assert.DoesNotContain("PAGE-00", second);
    }

    [Fact]
    public async Task Details_show_the_default_tax_code_and_account()
    {
        var client = await app.SignInAsync(Roles.Accountant);
        var id = await app.ProductIdAsync("LIVRE");

        var page = await client.GetStringAsync($"/Products/Details/{id}");

        Assert.Contains("TVA10 – TVA 10 %", page);
        Assert.Contains("707000 – Ventes de marchandises", page);
    }

    [Fact]
    public async Task Unknown_product_is_a_404_page()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var response = await client.GetAsync("/Products/Details/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
