using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Facturation.Application.Identity;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Invoices;

/// <summary>
/// The draft editor's server side (issue 13, ADR-028) over HTTP, as a browser without JavaScript or the editor's script
/// sends it: the plain form still saves, the short path finalizes, the partial endpoints answer the aggregate's totals.
/// </summary>
public sealed partial class DraftEditorTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task Plain_form_without_javascript_saves_and_the_editor_shows_numbers_in_french()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var customerId = await CustomerIdAsync("DUPONT");
        var form = new InvoiceForm(customerId).Set("Reference", Reference("NOJS")).WithLine("Conseil", "2", "750,00").WithLine("Audit", "1,5", "99.5");

        var response = await client.SubmitFormAsync("/Invoices/Create", new Dictionary<string, string>(form.Fields) { ["command"] = "save" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invoice = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.CustomerReference == form.Fields["Reference"]));
        Assert.Equal([(2m, 750m), (1.5m, 99.5m)], invoice.Lines.OrderBy(l => l.Position).Select(l => (l.Quantity, l.UnitPrice)));
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Edit/{invoice.Id}"));
        Assert.Contains("name=\"Lines[0].Quantity\" value=\"2\"", editor, StringComparison.Ordinal);
        Assert.Contains("name=\"Lines[0].UnitPrice\" value=\"750,00\"", editor, StringComparison.Ordinal);
        Assert.Contains("name=\"Lines[1].Quantity\" value=\"1,5\"", editor, StringComparison.Ordinal);
        Assert.Contains("name=\"Lines[1].UnitPrice\" value=\"99,50\"", editor, StringComparison.Ordinal);
        Assert.Contains(Amount(invoice.TotalGross), editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_javascript_the_customer_is_searched_then_chosen_by_plain_posts()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var dupont = await CustomerIdAsync("DUPONT");
        var fields = new Dictionary<string, string> { ["CustomerSearch"] = "dupon", ["Lines[0].Description"] = "Conseil" };

        var found = WebUtility.HtmlDecode(await (await client.SubmitFormAsync("/Invoices/Create", new(fields) { ["command"] = "find-customer" })).Content.ReadAsStringAsync());
        var chosen = WebUtility.HtmlDecode(await (await client.SubmitFormAsync("/Invoices/Create", new(fields) { ["command"] = $"customer:{dupont}" })).Content.ReadAsStringAsync());

        Assert.Contains($"value=\"customer:{dupont}\"", found, StringComparison.Ordinal);
        Assert.Contains($"name=\"CustomerId\" value=\"{dupont}\"", chosen, StringComparison.Ordinal);
        Assert.Contains(">Conseil</textarea>", chosen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finalize_and_send_without_javascript_asks_first_then_issues_and_opens_the_send_screen()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var form = new InvoiceForm(await CustomerIdAsync("DUPONT")).Set("Reference", Reference("SHORT")).WithLine("Conseil", "1", "480");

        var asked = await client.SubmitFormAsync("/Invoices/Create", form.Command("finalize-send"));
        var askedHtml = await asked.Content.ReadAsStringAsync();
        var nothingYet = await app.QueryAsync(db => db.Invoices.AnyAsync(i => i.CustomerReference == form.Fields["Reference"]));
        var confirmed = await client.SubmitFormAsync("/Invoices/Create", form.Command("finalize-send-confirmed"));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Matches("<dialog id=\"finalize-send-dialog\"[^>]*open=\"open\"", askedHtml);
        Assert.False(nothingYet);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var invoice = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.CustomerReference == form.Fields["Reference"]));
        Assert.Equal(InvoiceStatus.Final, invoice.Status);
        Assert.NotNull(invoice.Number);
        Assert.Equal($"/Invoices/{invoice.Id}/Send", confirmed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Finalize_and_send_of_a_draft_the_finalization_refuses_leaves_nothing_saved()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        // Saving accepts a line without tax code; finalizing refuses it.
        var form = new InvoiceForm(await CustomerIdAsync("DUPONT")).Set("Reference", Reference("REFUSED")).WithLine("Conseil", "1", "100", taxCode: string.Empty);

        var response = await client.SubmitFormAsync("/Invoices/Create", form.Command("finalize-send-confirmed"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("code de taxe", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Invoices.AnyAsync(i => i.CustomerReference == form.Fields["Reference"])));
    }

    [Fact]
    public async Task Preview_answers_the_totals_and_line_totals_the_aggregate_computes_without_saving()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var page = await client.GetStringAsync("/Invoices/Create");
        var form = new InvoiceForm(await CustomerIdAsync("DUPONT")).Set("Reference", Reference("PREVIEW"))
            .WithLine("Conseil", "3", "33,33").WithLine(string.Empty, string.Empty, string.Empty, string.Empty).WithLine("Livres", "1,5", "10,01", "TVA10");

        var response = await client.PostAsync("/Invoices/Editor/Preview", Post(page, form.Fields));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Amount(115.01m), TestId(html, "total-net"));
        Assert.Equal(Amount(21.50m), TestId(html, "total-tax"));
        Assert.Equal(Amount(136.51m), TestId(html, "total-gross"));
        Assert.Equal([Amount(99.99m), string.Empty, Amount(15.02m)], LineTotals(html));
        Assert.False(await app.QueryAsync(db => db.Invoices.AnyAsync(i => i.CustomerReference == form.Fields["Reference"])));
    }

    [Fact]
    public async Task Preview_without_customer_or_with_a_bad_number_explains_instead_of_failing()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var page = await client.GetStringAsync("/Invoices/Create");
        var noCustomer = new Dictionary<string, string> { ["Lines[0].Description"] = "Conseil", ["Lines[0].Quantity"] = "1", ["Lines[0].UnitPrice"] = "10" };
        var badNumber = new InvoiceForm(await CustomerIdAsync("DUPONT")).WithLine("Conseil", "deux").Fields;

        var first = WebUtility.HtmlDecode(await (await client.PostAsync("/Invoices/Editor/Preview", Post(page, noCustomer))).Content.ReadAsStringAsync());
        var second = WebUtility.HtmlDecode(await (await client.PostAsync("/Invoices/Editor/Preview", Post(page, badNumber))).Content.ReadAsStringAsync());

        Assert.Equal("Choisissez un client pour calculer les totaux.", TestId(first, "totals-unavailable"));
        Assert.Equal("Totaux indisponibles : « deux » n'est pas un nombre valide.", TestId(second, "totals-unavailable"));
    }

    [Fact]
    public async Task Picking_a_product_fills_its_row_from_the_product_and_duplicate_copies_a_row()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var page = await client.GetStringAsync("/Invoices/Create");
        var product = await app.QueryAsync(db => db.Products.Where(p => p.Active && p.DefaultTaxCodeId != null && p.DefaultGlAccountId != null).OrderBy(p => p.Id).FirstAsync());
        var fields = new InvoiceForm(await CustomerIdAsync("DUPONT")).WithLine("Ancienne désignation", "2", "1").Fields;
        fields["Lines[0].ProductId"] = product.Id.ToString(CultureInfo.InvariantCulture);

        var picked = WebUtility.HtmlDecode(await (await client.PostAsync("/Invoices/Editor/Lines", Post(page, new(fields) { ["command"] = "product:0" }))).Content.ReadAsStringAsync());
        var duplicated = WebUtility.HtmlDecode(await (await client.PostAsync("/Invoices/Editor/Lines", Post(page, new(fields) { ["command"] = "duplicate:0" }))).Content.ReadAsStringAsync());

        Assert.Contains($">{product.Label}", picked, StringComparison.Ordinal);
        Assert.Contains($"name=\"Lines[0].UnitPrice\" value=\"{product.UnitPrice.ToString("0.00##", French)}\"", picked, StringComparison.Ordinal);
        Assert.Contains("name=\"Lines[0].Quantity\" value=\"2\"", picked, StringComparison.Ordinal);
        Assert.Equal(Amount(2 * product.UnitPrice), LineTotals(picked)[0]);
        Assert.Equal(2, Regex.Count(duplicated, "data-testid=\"line-row\""));
        Assert.Contains("name=\"Lines[1].Description\"", duplicated, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(duplicated, ">Ancienne désignation</textarea>"));
    }

    [Fact]
    public async Task Customer_and_product_searches_answer_a_few_matching_suggestions_only_to_billers()
    {
        var biller = await app.SignInAsync(Roles.BillingManager);
        var accountant = await app.SignInAsync(Roles.Accountant);

        var customers = await biller.GetStringAsync("/Invoices/Editor/Customers?q=dup");
        var products = await biller.GetStringAsync("/Invoices/Editor/Products?q=");
        var none = WebUtility.HtmlDecode(await biller.GetStringAsync("/Invoices/Editor/Customers?q=zzzz-nobody"));
        var refused = await accountant.GetAsync("/Invoices/Editor/Customers?q=dup");

        Assert.Contains("DUPONT", customers, StringComparison.Ordinal);
        Assert.All(SuggestionPattern().Matches(customers), m => Assert.Contains("dup", m.Value, StringComparison.OrdinalIgnoreCase));
        Assert.InRange(SuggestionPattern().Count(products), 1, 10);
        Assert.Contains("Aucun résultat", none, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private static string Reference(string label) => SeededData.Unique(label);

    private static string Amount(decimal value) => value.ToString("N2", French) + "\u00A0€";

    private static FormUrlEncodedContent Post(string page, Dictionary<string, string> fields) =>
        new(new Dictionary<string, string>(fields) { [HtmlForms.AntiforgeryField] = HtmlForms.AntiforgeryToken(page)! });

    private static string? TestId(string html, string testId) =>
        Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>(?<text>[^<]*)<") is { Success: true } m ? m.Groups["text"].Value.Trim() : null;

    private static List<string> LineTotals(string html) =>
        [.. LineTotalPattern().Matches(html).Select(m => m.Groups["text"].Value.Trim())];

    private Task<int> CustomerIdAsync(string code) => app.QueryAsync(db => db.Customers.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    [GeneratedRegex("<output id=\"line-total-\\d+\" data-testid=\"line-total\">(?<text>[^<]*)</output>")]
    private static partial Regex LineTotalPattern();

    [GeneratedRegex("<li[^>]*data-testid=\"suggestion\"[^>]*>[^<]*</li>")]
    private static partial Regex SuggestionPattern();
}
