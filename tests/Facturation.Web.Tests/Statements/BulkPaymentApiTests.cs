using System.Net;
using System.Net.Http.Json;
using Facturation.Application.Identity;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Statements;

/// <summary><c>POST /api/v1/payments/bulk</c>: one payment per customer, credit notes netted, settled documents skipped.</summary>
public sealed class BulkPaymentApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Bulk_payment_records_one_payment_per_customer_nets_credit_notes_and_skips_settled_invoices()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var dupont = await api.CustomerIdAsync();
        var boisvert = await api.CustomerIdAsync("BOISVERT");
        var first = Id(await api.FinalInvoiceAsync());
        var second = Id(await api.FinalInvoiceAsync());
        var settled = Id(await api.FinalInvoiceAsync());
        Assert.Equal(HttpStatusCode.Created, (await api.PayAsync(dupont, 480m, (settled, 480m))).StatusCode);
        var creditNote = Id(await api.FinalizeAsync(Id(await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", new { customerId = dupont, kind = "CreditNote", type = "Manual", paymentTermsDays = 0, lines = new[] { Line(1, 50) } }), HttpStatusCode.Created))));
        // Boisvert has a default discount: its invoice's due amount is read back, not assumed.
        var otherInvoice = await api.FinalInvoiceAsync(customer: "BOISVERT");
        var other = Id(otherInvoice);
        var otherDue = Amount(otherInvoice, "remaining");
        var accountant = await app.ApiClientAsync(Roles.Accountant);

        var response = await accountant.PostAsJsonAsync("/api/v1/payments/bulk", new
        {
            invoiceIds = new[] { first, second, settled, creditNote, other },
            date = CompanyDates.Today,
            method = "Cheque",
            reference = "CHQ-4410",
        });

        var result = await ReadAsync(response, HttpStatusCode.Created);
        var payments = result.GetProperty("payments").EnumerateArray().ToDictionary(p => p.GetProperty("customerId").GetInt32());
        Assert.Equal(2, payments.Count);
        // 2 × 480.00 − 60.00 of credit note for Dupont; the whole invoice for Boisvert.
        Assert.Equal((900m, otherDue), (Amount(payments[dupont], "amount"), Amount(payments[boisvert], "amount")));
        Assert.Equal("CHQ-4410", payments[dupont].GetProperty("reference").GetString());
        var skipped = Assert.Single(result.GetProperty("skipped").EnumerateArray());
        Assert.Equal(settled, skipped.GetProperty("invoiceId").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(skipped.GetProperty("reason").GetString()));
        var applied = Assert.Single(result.GetProperty("creditApplications").EnumerateArray());
        Assert.Equal(60m, Amount(applied, "amount"));
        var statuses = await app.QueryAsync(db => db.Invoices.Where(i => new[] { first, second, creditNote, other }.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Status));
        Assert.Equal(
            (InvoiceStatus.Paid, InvoiceStatus.Paid, InvoiceStatus.Used, InvoiceStatus.Paid),
            (statuses[first], statuses[second], statuses[creditNote], statuses[other]));
    }

    [Fact]
    public async Task Bulk_payment_of_nothing_open_or_without_date_is_refused_and_writes_nothing()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var settledInvoice = await api.FinalInvoiceAsync(customer: "BOISVERT");
        var settled = Id(settledInvoice);
        var due = Amount(settledInvoice, "remaining");
        Assert.Equal(HttpStatusCode.Created, (await api.PayAsync(await api.CustomerIdAsync("BOISVERT"), due, (settled, due))).StatusCode);
        var before = await app.QueryAsync(db => db.Payments.CountAsync());

        var nothingOpen = await api.Client.PostAsJsonAsync("/api/v1/payments/bulk", new { invoiceIds = new[] { settled }, date = CompanyDates.Today, method = "Transfer" });
        var noDate = await api.Client.PostAsJsonAsync("/api/v1/payments/bulk", new { invoiceIds = new[] { settled }, method = "Transfer" });

        Assert.Contains("invoiceIds", (await ReadAsync(nothingOpen, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Contains("date", (await ReadAsync(noDate, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(before, await app.QueryAsync(db => db.Payments.CountAsync()));
    }
}
