using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Facturation.Application.Audit;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Statements;

/// <summary>Statements through the public API: one per customer, skipped drafts, archived PDF read back, audit entry, errors.</summary>
public sealed partial class StatementApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Create_makes_one_statement_per_customer_of_the_issued_documents_and_skips_drafts()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var first = Id(await api.FinalInvoiceAsync());
        var second = Id(await api.FinalInvoiceAsync());
        var other = Id(await api.FinalInvoiceAsync(customer: "BOISVERT"));
        var draft = Id(await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", new { customerId = await api.CustomerIdAsync(), lines = new[] { Line(1, 10) } }), HttpStatusCode.Created));

        var response = await api.Client.PostAsJsonAsync("/api/v1/statements", new { invoiceIds = new[] { first, second, other, draft } });

        var created = (await ReadAsync(response, HttpStatusCode.Created)).EnumerateArray().ToList();
        Assert.Equal(2, created.Count);
        var dupontId = await api.CustomerIdAsync();
        var dupont = created.Single(s => s.GetProperty("customerId").GetInt32() == dupontId);
        var number = dupont.GetProperty("number").GetString()!;
        Assert.Matches(StatementNumber(), number);
        Assert.Equal((960m, 960m), (Amount(dupont, "total"), Amount(dupont, "remaining")));
        Assert.NotEqual(number, created.Single(s => s.GetProperty("customerId").GetInt32() != dupontId).GetProperty("number").GetString());
        var onStatement = await app.QueryAsync(db => db.Invoices.Where(i => new[] { first, second, draft }.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.StatementNumber));
        Assert.Equal(number, onStatement[first]);
        Assert.Equal(number, onStatement[second]);
        Assert.Null(onStatement[draft]);
        var audit = await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Event == AuditEvents.StatementIssued && e.DocumentNumber == number));
        Assert.Equal(1, audit);
        var details = await ReadAsync(await api.Client.GetAsync($"/api/v1/statements/{Id(dupont)}"), HttpStatusCode.OK);
        Assert.Equal([first, second], details.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("invoiceId").GetInt32()).Order());
    }

    [Fact]
    public async Task Pdf_is_the_archived_statement_in_french_with_numbers_and_total_due()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var invoice = await api.FinalInvoiceAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.PayAsync(await api.CustomerIdAsync(), 80m, (Id(invoice), 80m))).StatusCode);
        var creditNote = await api.FinalizeAsync(Id(await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", new { customerId = await api.CustomerIdAsync(), kind = "CreditNote", type = "Manual", paymentTermsDays = 0, lines = new[] { Line(1, 50) } }), HttpStatusCode.Created)));
        var statement = (await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/statements", new { invoiceIds = new[] { Id(invoice), Id(creditNote) } }), HttpStatusCode.Created)).EnumerateArray().Single();

        var first = await api.Client.GetAsync($"/api/v1/statements/{Id(statement)}/pdf");
        var again = await api.Client.GetByteArrayAsync($"/api/v1/statements/{Id(statement)}/pdf");

        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, again);
        var text = await PdfText.ExtractTextAsync(bytes);
        Assert.Contains("Relevé de factures", text, StringComparison.Ordinal);
        Assert.Contains(statement.GetProperty("number").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains($"Facture {invoice.GetProperty("number").GetString()}", text, StringComparison.Ordinal);
        Assert.Contains($"Avoir {creditNote.GetProperty("number").GetString()}", text, StringComparison.Ordinal);
        Assert.Contains("Reste dû", text, StringComparison.Ordinal);
        // 480.00 − 80.00 paid on the invoice, minus the 60.00 credit note: 340.00 due.
        Assert.Contains("-60,00", text, StringComparison.Ordinal);
        Assert.Matches(@"Total dû\s+340,00 €", text);
        Assert.Equal(340m, Amount(statement, "remaining"));
    }

    [Fact]
    public async Task Errors_are_problem_details_keyed_by_field_and_nothing_is_written()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var draft = Id(await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", new { customerId = await api.CustomerIdAsync(), lines = new[] { Line(1, 10) } }), HttpStatusCode.Created));
        var before = await app.QueryAsync(db => db.Statements.CountAsync());

        var onlyDraft = await api.Client.PostAsJsonAsync("/api/v1/statements", new { invoiceIds = new[] { draft } });
        var empty = await api.Client.PostAsJsonAsync("/api/v1/statements", new { invoiceIds = Array.Empty<int>() });
        var missing = await api.Client.GetAsync("/api/v1/statements/987654");
        var readOnly = await (await app.ApiClientAsync(Roles.Accountant)).PostAsJsonAsync("/api/v1/statements", new { invoiceIds = new[] { draft } });

        var problem = await ReadAsync(onlyDraft, HttpStatusCode.BadRequest);
        Assert.Contains("émis", problem.GetProperty("errors").GetProperty("invoiceIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        Assert.Equal(before, await app.QueryAsync(db => db.Statements.CountAsync()));
    }

    [GeneratedRegex(@"^RE\d{4}-\d{4}$")]
    private static partial Regex StatementNumber();
}
