using System.Net;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Recurring;

public sealed class RecurringInvoiceScreenTests(RecurringApp app) : IClassFixture<RecurringApp>
{
    private Task<int> CustomerIdAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Customers.Where(c => c.Code == "BOISVERT").Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task Create_form_saves_the_template_and_the_list_and_detail_show_it()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var fields = new Dictionary<string, string>
        {
            ["CustomerId"] = (await CustomerIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Title"] = "Hébergement écran",
            ["Frequency"] = "Monthly",
            ["Interval"] = "1",
            ["StartDate"] = "2027-01-20",
            ["Action"] = "Draft",
            ["Lines[0].Kind"] = "Item",
            ["Lines[0].Description"] = "Hébergement {mois} {année}",
            ["Lines[0].Quantity"] = "1",
            ["Lines[0].UnitPrice"] = "49.90",
            ["Lines[0].TaxCode"] = "TVA20",
            ["Lines[1].Kind"] = "Item",
            ["Lines[1].Description"] = string.Empty,
        };

        var response = await client.SubmitFormAsync("/RecurringInvoices/Create", fields);
        var details = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        var list = await client.GetStringAsync("/RecurringInvoices");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Hébergement écran", details, StringComparison.Ordinal);
        Assert.Contains("Chaque mois", details, StringComparison.Ordinal);
        Assert.Contains("20/01/2027", details, StringComparison.Ordinal);
        Assert.Contains("Menuiserie Boisvert", list, StringComparison.Ordinal);
        var lines = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().RecurringInvoiceTemplates
            .Where(t => t.Title == "Hébergement écran").SelectMany(t => t.Lines).ToListAsync());
        Assert.Equal("Hébergement {mois} {année}", Assert.Single(lines).Description);
    }

    [Fact]
    public async Task Invalid_form_is_shown_again_with_french_messages_next_to_the_fields()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var fields = new Dictionary<string, string>
        {
            ["CustomerId"] = (await CustomerIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Title"] = "Formulaire invalide",
            ["Frequency"] = string.Empty,
            ["StartDate"] = string.Empty,
            ["Action"] = "Issue",
            ["Lines[0].Kind"] = "Item",
            ["Lines[0].Description"] = "Sans prix",
            ["Lines[0].Quantity"] = "1",
            ["Lines[0].UnitPrice"] = string.Empty,
        };

        var response = await client.SubmitFormAsync("/RecurringInvoices/Create", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Choisissez une fréquence.", HtmlForms.FieldError(html, "Frequency"));
        Assert.Equal("Indiquez la date de début.", HtmlForms.FieldError(html, "StartDate"));
        Assert.Equal("Le prix unitaire est obligatoire.", HtmlForms.FieldError(html, "Lines[0].UnitPrice"));
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().RecurringInvoiceTemplates.AnyAsync(t => t.Title == "Formulaire invalide")));
    }

    [Fact]
    public async Task Unknown_tax_code_is_refused_next_to_the_line_field()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var fields = new Dictionary<string, string>
        {
            ["CustomerId"] = (await CustomerIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Frequency"] = "Yearly",
            ["StartDate"] = "2027-02-01",
            ["Action"] = "Draft",
            ["Lines[0].Description"] = "Licence {année}",
            ["Lines[0].Quantity"] = "1",
            ["Lines[0].UnitPrice"] = "100",
            ["Lines[0].TaxCode"] = "INCONNU",
        };

        var response = await client.SubmitFormAsync("/RecurringInvoices/Create", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Code de taxe « INCONNU » inconnu ou inactif.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Lines[0].TaxCode"));
    }

    [Fact]
    public async Task Accountant_reads_the_list_but_cannot_open_the_form_and_a_post_without_token_is_refused()
    {
        var accountant = await app.SignInAsync(Roles.Accountant);
        var biller = await app.SignInAsync(Roles.BillingManager);

        var list = await accountant.GetAsync("/RecurringInvoices");
        var form = await accountant.GetAsync("/RecurringInvoices/Create");
        var forged = await biller.PostFormWithoutTokenAsync("/RecurringInvoices/Create", new() { ["Frequency"] = "Monthly" });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.DoesNotContain("Nouvelle facture récurrente", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
