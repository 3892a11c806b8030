using System.Net;
using Facturation.Application.Identity;
using Facturation.Domain.Accounting;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.GlAccounts;

public sealed class GlAccountScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static Dictionary<string, string> Form(string number, string label = "Compte de test", string kind = "Revenue") =>
        new() { ["Number"] = number, ["Label"] = label, ["Kind"] = kind };

    [Fact]
    public async Task Create_is_saved_and_listed()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/GlAccounts/Create", Form("706100", "Prestations de formation"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var account = await app.QueryAsync(db => db.GlAccounts.SingleAsync(a => a.Number == "706100"));
        Assert.Equal(("Prestations de formation", GlAccountKind.Revenue, true), (account.Label, account.Kind, account.Active));
        var list = await client.GetStringAsync("/GlAccounts?search=7061");
        Assert.Contains("706100", list);
        Assert.Contains("Prestations de formation", list);
        Assert.DoesNotContain("445710", list);
    }

    [Theory]
    [InlineData("Number", "", "Number", "Le numéro de compte est obligatoire.")]
    [InlineData("Number", "706-1", "Number", "Le numéro de compte ne contient que des chiffres et des lettres (ex. 706000).")]
    [InlineData("Number", "123456789012345678901", "Number", "Le numéro de compte ne doit pas dépasser 20 caractères.")]
    [InlineData("Label", "", "Label", "Le libellé est obligatoire.")]
    public async Task Create_with_bad_input_shows_the_message_next_to_the_field_and_saves_nothing(string field, string value, string errorField, string message)
    {
        var client = await app.SignInAsAdminAsync();
        var label = SeededData.Unique("Refusé ");
        var form = Form("709999", label);
        form[field] = value;

        var response = await client.SubmitFormAsync("/GlAccounts/Create", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), errorField));
        Assert.False(await app.QueryAsync(db => db.GlAccounts.AnyAsync(a => a.Label == label || a.Number == "709999")));
    }

    [Fact]
    public async Task Create_with_a_number_already_used_is_a_field_error_not_an_exception()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/GlAccounts/Create", Form("445710", "Doublon", "VatCollected"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Ce numéro est déjà utilisé par un autre compte.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Number"));
        Assert.Equal(1, await app.QueryAsync(db => db.GlAccounts.CountAsync(a => a.Number == "445710")));
    }

    [Fact]
    public async Task Edit_shows_the_number_read_only_and_saves_label_and_kind()
    {
        var client = await app.SignInAsAdminAsync();
        await client.SubmitFormAsync("/GlAccounts/Create", Form("467000", "Autres comptes", "Revenue"));
        var id = await app.GlAccountIdAsync("467000");

        var form = await client.GetStringAsync($"/GlAccounts/Edit/{id}");
        var response = await client.SubmitFormAsync($"/GlAccounts/Edit/{id}", Form("467000", "Clients douteux", "Receivable"));

        Assert.Matches("<input[^>]*name=\"Number\"[^>]*readonly|<input[^>]*readonly[^>]*name=\"Number\"", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.QueryAsync(db => db.GlAccounts.SingleAsync(a => a.Id == id));
        Assert.Equal(("467000", "Clients douteux", GlAccountKind.Receivable), (saved.Number, saved.Label, saved.Kind));
    }

    [Fact]
    public async Task Edit_posting_another_number_is_refused_on_the_number()
    {
        var client = await app.SignInAsAdminAsync();
        var id = await app.GlAccountIdAsync("411000");

        var response = await client.SubmitFormAsync($"/GlAccounts/Edit/{id}", Form("411100", "Clients", "Receivable"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Le numéro d'un compte ne peut plus être modifié après sa création.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Number"));
        Assert.Equal("411000", await app.QueryAsync(db => db.GlAccounts.Where(a => a.Id == id).Select(a => a.Number).SingleAsync()));
    }

    [Fact]
    public async Task Edit_of_a_products_default_account_to_another_kind_is_refused_on_the_kind()
    {
        var client = await app.SignInAsAdminAsync();
        var id = await app.GlAccountIdAsync("706000");

        var response = await client.SubmitFormAsync($"/GlAccounts/Edit/{id}", Form("706000", "Prestations de services", "Receivable"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Des produits utilisent ce compte par défaut : il doit rester un compte de produits.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Kind"));
        Assert.Equal(GlAccountKind.Revenue, await app.QueryAsync(db => db.GlAccounts.Where(a => a.Id == id).Select(a => a.Kind).SingleAsync()));
    }

    [Fact]
    public async Task Deactivate_then_reactivate_keeps_the_account()
    {
        var client = await app.SignInAsAdminAsync();
        await client.SubmitFormAsync("/GlAccounts/Create", Form("708800", "Autres produits"));
        var id = await app.GlAccountIdAsync("708800");

        var deactivated = await client.SubmitFormAsync($"/GlAccounts/Deactivate/{id}", [], pageUrl: $"/GlAccounts/Details/{id}");
        var activeAfterDeactivation = await app.QueryAsync(db => db.GlAccounts.Where(a => a.Id == id).Select(a => a.Active).SingleAsync());
        var reactivated = await client.SubmitFormAsync($"/GlAccounts/Reactivate/{id}", [], pageUrl: $"/GlAccounts/Details/{id}");

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False(activeAfterDeactivation);
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.True(await app.QueryAsync(db => db.GlAccounts.Where(a => a.Id == id).Select(a => a.Active).SingleAsync()));
    }

    [Fact]
    public async Task Unknown_account_is_a_404_page()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var response = await client.GetAsync("/GlAccounts/Details/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
