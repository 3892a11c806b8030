using System.Net;
using System.Text.RegularExpressions;
using Facturation.Application.Identity;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Invoices;

public sealed partial class InvoiceScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Create_with_three_lines_is_saved_and_listed()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var customerId = await NewCustomerAsync(client);
        var form = new InvoiceForm(customerId).Set("Reference", "BC-TROIS").WithLine("Conseil").WithLine("Formation", "2", "50").WithLine("Support", "1", "25");

        var response = await client.SubmitFormAsync("/Invoices/Create", form.Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invoice = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.CustomerReference == "BC-TROIS"));
        Assert.Equal(["Conseil", "Formation", "Support"], invoice.Lines.OrderBy(l => l.Position).Select(l => l.Description));
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/Invoices?search=BC-TROIS"));
        Assert.Contains(invoice.ProformaNumber, list);
        Assert.Contains("Proforma en préparation", list);
        Assert.Contains(225m.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), list);
    }

    [Theory]
    [InlineData("", "La désignation est obligatoire.")]
    [InlineData("Café ☕ offert", "Ces caractères ne s'impriment pas sur les documents : ☕ (écritures latine, grecque et cyrillique seulement).")]
    public async Task Create_with_a_bad_line_description_shows_the_error_next_to_it(string description, string message)
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var reference = "BC-" + Guid.NewGuid().ToString("N")[..8];
        var form = new InvoiceForm(await NewCustomerAsync(client)).Set("Reference", reference).WithLine("Conseil").WithLine(description, "1", "10");

        var response = await client.SubmitFormAsync("/Invoices/Create", form.Fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Lines[1].Description"));
        Assert.False(await app.QueryAsync(db => db.Invoices.AnyAsync(i => i.CustomerReference == reference)));
    }

    [Fact]
    public async Task Create_with_an_unknown_tax_code_shows_the_error_next_to_the_line_tax()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        // A blank first row is dropped on save, so the error index matches the re-displayed rows.
        var form = new InvoiceForm(await NewCustomerAsync(client)).Set("Reference", "BC-BADTAX").WithLine(string.Empty, string.Empty, string.Empty, string.Empty)
            .WithLine("Conseil").WithLine("Autre", taxCode: "NOPE");

        var response = await client.SubmitFormAsync("/Invoices/Create", form.Fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Code de taxe « NOPE » inconnu ou inactif.", HtmlForms.FieldError(html, "Lines[1].TaxCode"));
        Assert.Equal(2, Regex.Count(html, "data-testid=\"line-row\""));
        Assert.False(await app.QueryAsync(db => db.Invoices.AnyAsync(i => i.CustomerReference == "BC-BADTAX")));
    }

    [Fact]
    public async Task Moving_the_third_line_up_then_saving_keeps_the_new_order()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var form = new InvoiceForm(await NewCustomerAsync(client)).Set("Reference", "BC-ORDER").WithLine("Un").WithLine("Deux").WithLine("Trois");

        var moved = await client.SubmitFormAsync("/Invoices/Create", form.Command("up:2"));
        var html = await moved.Content.ReadAsStringAsync();
        var reordered = ReadLineFields(html);
        var saved = await client.SubmitFormAsync("/Invoices/Create", new Dictionary<string, string>(reordered) { ["command"] = "save" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var invoice = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.CustomerReference == "BC-ORDER"));
        Assert.Equal(["Un", "Trois", "Deux"], invoice.Lines.OrderBy(l => l.Position).Select(l => l.Description));
    }

    [Fact]
    public async Task A_line_from_a_dossier_is_added_in_the_editor_with_its_description_and_price()
    {
        var api = await Dossiers.DossierApi.ConnectAsync(app);
        var dossier = await api.CreateAsync(Dossiers.DossierApi.Line(2, 350, "TVA20", "Pose parquet chêne"));
        var lineId = (await api.LineIdsAsync(dossier.GetProperty("id").GetInt32()))[0];
        var client = await app.SignInAsync(Roles.BillingManager);
        var form = new InvoiceForm(await api.CustomerIdAsync()).Set("Reference", "BC-DOSSIER-LINE");

        var menu = await (await client.SubmitFormAsync("/Invoices/Create", form.Command("recalc"))).Content.ReadAsStringAsync();
        var added = await (await client.SubmitFormAsync("/Invoices/Create", form.Command($"dossier-line:{lineId}"))).Content.ReadAsStringAsync();
        var saved = await client.SubmitFormAsync("/Invoices/Create", new Dictionary<string, string>(ReadLineFields(added)) { ["command"] = "save" });

        Assert.Contains($"value=\"dossier-line:{lineId}\"", menu);
        Assert.Contains("Pose parquet chêne", WebUtility.HtmlDecode(added));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var invoice = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.CustomerReference == "BC-DOSSIER-LINE"));
        var line = Assert.Single(invoice.Lines);
        Assert.Equal(lineId, line.DossierLineId);
        Assert.Equal(700m, invoice.TotalNet);
    }

    [Fact]
    public async Task Recalculate_shows_the_server_totals_without_saving()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var form = new InvoiceForm(await NewCustomerAsync(client)).Set("Reference", "BC-RECALC").WithLine("Un", "2", "10").WithLine("Deux", "1", "5.5");

        var response = await client.SubmitFormAsync("/Invoices/Create", form.Command("recalc"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"preview-totals\"", html);
        Assert.Contains(30.6m.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), html);
        Assert.False(await app.QueryAsync(db => db.Invoices.AnyAsync(i => i.CustomerReference == "BC-RECALC")));
    }

    [Fact]
    public async Task Finalize_from_the_details_gives_the_legal_number_and_freezes_the_document()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var id = await NewDraftAsync(client, "BC-FINAL");

        var response = await client.SubmitFormAsync($"/Invoices/Finalize/{id}", [], $"/Invoices/Details/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Details/{id}"));
        Assert.Matches($@"FA{CompanyDates.Today:yyMM}-\d{{4}}", details);
        Assert.Contains("Document émis : modification impossible, établissez un avoir.", details);
        Assert.DoesNotContain($"action=\"/Invoices/Finalize/{id}\"", details);
        Assert.DoesNotContain($"href=\"/Invoices/Edit/{id}\"", details);
    }

    [Fact]
    public async Task Finalize_of_a_draft_without_amount_shows_the_problem_as_a_flash_error_on_the_details()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var form = new InvoiceForm(await NewCustomerAsync(client)).Set("Reference", "BC-EMPTY").WithLine("Juste un commentaire", kind: "Comment");
        await client.SubmitFormAsync("/Invoices/Create", form.Fields);
        var id = await app.QueryAsync(db => db.Invoices.Where(i => i.CustomerReference == "BC-EMPTY").Select(i => i.Id).SingleAsync());

        var response = await client.SubmitFormAsync($"/Invoices/Finalize/{id}", [], $"/Invoices/Details/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("La facture doit contenir au moins une ligne avec un montant.", details);
        Assert.Equal(InvoiceStatus.Draft, await app.QueryAsync(db => db.Invoices.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_final_document_refuses_edit_and_delete_and_stays_unchanged()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var id = await NewDraftAsync(client, "BC-FROZEN");
        await client.SubmitFormAsync($"/Invoices/Finalize/{id}", [], $"/Invoices/Details/{id}");
        var before = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.Id == id));
        var customerId = before.CustomerId;

        var edit = await client.GetAsync($"/Invoices/Edit/{id}");
        var editPage = WebUtility.HtmlDecode(await client.GetStringAsync(edit.Headers.Location!.OriginalString));
        var post = await client.SubmitFormAsync($"/Invoices/Edit/{id}", new InvoiceForm(customerId).Set("Reference", "CHANGED").WithLine("Autre").Fields, $"/Invoices/Details/{id}");
        var delete = await client.SubmitFormAsync($"/Invoices/Delete/{id}", [], $"/Invoices/Details/{id}");

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Contains("Document émis : modification impossible, établissez un avoir.", editPage);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, post.StatusCode);
        Assert.Contains("ne peut plus être", WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        var after = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.Id == id));
        Assert.Equal((before.Number, before.CustomerReference, before.Lines.Count, InvoiceStatus.Final), (after.Number, after.CustomerReference, after.Lines.Count, after.Status));
    }

    [Fact]
    public async Task Duplicate_creates_a_new_draft_linked_to_its_origin()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var id = await NewDraftAsync(client, "BC-DUP");

        var response = await client.SubmitFormAsync($"/Invoices/Duplicate/{id}", [], $"/Invoices/Details/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copies = await app.QueryAsync(db => db.Invoices.Where(i => i.OriginInvoiceId == id).ToListAsync());
        var copy = Assert.Single(copies);
        Assert.Equal(InvoiceStatus.Draft, copy.Status);
        Assert.Equal($"/Invoices/Edit/{copy.Id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_accountant_lists_and_views_but_cannot_create_or_finalize()
    {
        var manager = await app.SignInAsync(Roles.BillingManager);
        var id = await NewDraftAsync(manager, "BC-ACCOUNTANT");
        var accountant = await app.SignInAsync(Roles.Accountant);

        var list = await accountant.GetAsync("/Invoices");
        var details = await accountant.GetAsync($"/Invoices/Details/{id}");
        var create = await accountant.GetAsync("/Invoices/Create");
        var finalize = await accountant.SubmitFormAsync($"/Invoices/Finalize/{id}", [], $"/Invoices/Details/{id}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("/Account/AccessDenied", create.Headers.Location?.OriginalString ?? string.Empty);
        Assert.Contains("/Account/AccessDenied", finalize.Headers.Location?.OriginalString ?? string.Empty);
        Assert.Equal(InvoiceStatus.Draft, await app.QueryAsync(db => db.Invoices.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task Billing_contact_and_service_period_are_chosen_in_the_editor()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var dupont = await app.QueryAsync(db => db.Customers.SingleAsync(c => c.Code == "DUPONT"));
        var copy = dupont.Contacts.Single(c => !c.IsBillingContact);
        var form = new InvoiceForm(dupont.Id).Set("Reference", "BC-PERIODE").WithLine("Maintenance")
            .Set("BillingContactId", copy.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("DeliveryDate", "2026-10-01").Set("DeliveryPeriodEnd", "2026-10-31");

        var response = await client.SubmitFormAsync("/Invoices/Create", form.Fields);
        var invoice = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.CustomerReference == "BC-PERIODE"));
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Edit/{invoice.Id}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(copy.Id, invoice.BillingContactId);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), (invoice.DeliveryDate, invoice.DeliveryPeriodEnd));
        Assert.Contains($"<option value=\"{copy.Id}\" selected=\"selected\">{copy.Name} <{copy.Email}></option>", editor);
    }

    [Fact]
    public async Task Service_period_ending_before_it_starts_is_refused_on_its_field()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var customerId = await NewCustomerAsync(client);
        var form = new InvoiceForm(customerId).WithLine("Maintenance").Set("DeliveryDate", "2026-10-31").Set("DeliveryPeriodEnd", "2026-10-01");

        var response = await client.SubmitFormAsync("/Invoices/Create", form.Fields);

        Assert.Equal("La fin de période précède son début.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "DeliveryPeriodEnd"));
    }

    private async Task<int> NewCustomerAsync(HttpClient client)
    {
        var code = SeededData.Unique("INV");
        var response = await client.SubmitFormAsync("/Customers/Create", new Customers.CustomerForm().Set("Code", code).Set("Name", "Client " + code).Fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.QueryAsync(db => db.Customers.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());
    }

    private async Task<int> NewDraftAsync(HttpClient client, string reference)
    {
        var form = new InvoiceForm(await NewCustomerAsync(client)).Set("Reference", reference).WithLine("Conseil", "3", "100");
        var response = await client.SubmitFormAsync("/Invoices/Create", form.Fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.QueryAsync(db => db.Invoices.Where(i => i.CustomerReference == reference).Select(i => i.Id).SingleAsync());
    }

    /// <summary>The values the re-displayed editor holds (inputs, textareas, selected options), as a browser would post them.</summary>
    private static Dictionary<string, string> ReadLineFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match m in InputPattern().Matches(html))
        {
            fields[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        }

        foreach (Match m in TextareaPattern().Matches(html))
        {
            fields[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["value"].Value).Trim();
        }

        foreach (Match m in SelectPattern().Matches(html))
        {
            var selected = SelectedPattern().Match(m.Groups["body"].Value);
            fields[WebUtility.HtmlDecode(m.Groups["name"].Value)] = selected.Success ? WebUtility.HtmlDecode(selected.Groups["v"].Value) : string.Empty;
        }

        fields.Remove(HtmlForms.AntiforgeryField);
        fields.Remove("command");
        return fields;
    }

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea[^>]*?name=\"(?<name>[^\"]+)\"[^>]*>(?<value>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextareaPattern();

    [GeneratedRegex("<select[^>]*?name=\"(?<name>[^\"]+)\"[^>]*>(?<body>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option[^>]*?selected=\"selected\"[^>]*?value=\"(?<v>[^\"]*)\"|<option[^>]*?value=\"(?<v>[^\"]*)\"[^>]*?selected=\"selected\"")]
    private static partial Regex SelectedPattern();
}
