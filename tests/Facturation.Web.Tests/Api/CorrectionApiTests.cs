using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Api;

public sealed class CorrectionApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private async Task<DocumentApi> ApiAsync(string role = Roles.BillingManager) => new(app, await app.ApiClientAsync(role));

    private static async Task<JsonElement> CreditNoteAsync(DocumentApi api, int invoice, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/credit-notes", body), expected);

    [Fact]
    public async Task Partial_corrective_credit_note_is_a_draft_then_an_AV_number_applied_and_refunded()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());

        var draft = await CreditNoteAsync(api, invoice, new { type = "Corrective", lines = new[] { new { position = 1, quantity = 1 } } });
        var issued = await api.FinalizeAsync(Id(draft));
        var applied = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/credit-notes/{Id(issued)}/apply", new { invoiceId = invoice, amount = 100 }), HttpStatusCode.OK);
        var refund = await api.Client.PostAsJsonAsync($"/api/v1/credit-notes/{Id(issued)}/refund", new { date = CompanyDates.Today, method = "Cheque", amount = 20 });
        var refunded = await api.GetAsync(Id(issued));

        Assert.Equal(("Draft", "CreditNote", "Corrective", invoice), (Status(draft), draft.GetProperty("kind").GetString(), draft.GetProperty("type").GetString(), draft.GetProperty("originInvoiceId").GetInt32()));
        Assert.Equal(120m, Amount(draft.GetProperty("totals"), "gross"));
        Assert.StartsWith("AV", issued.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(("Final", 20m), (Status(applied), Amount(applied, "remaining")));
        Assert.Equal(HttpStatusCode.Created, refund.StatusCode);
        Assert.Equal(("Refunded", 0m), (Status(refunded), Amount(refunded, "remaining")));
        var corrected = await api.GetAsync(invoice);
        Assert.Equal(("PartiallyPaid", 380m), (Status(corrected), Amount(corrected, "remaining")));
    }

    [Fact]
    public async Task Return_credit_note_takes_the_returned_lines()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());

        var draft = await CreditNoteAsync(api, invoice, new { type = "Return", lines = new[] { new { position = 1, quantity = 2 } } });

        Assert.Equal(("Return", 2m), (draft.GetProperty("type").GetString(), Amount(draft.GetProperty("lines")[0], "quantity")));
        Assert.Equal(240m, Amount(draft.GetProperty("totals"), "gross"));
    }

    [Fact]
    public async Task Manual_credit_note_takes_the_next_AV_number()
    {
        var api = await ApiAsync();
        var body = new { customerId = await api.CustomerIdAsync(), kind = "CreditNote", type = "Manual", paymentTermsDays = 0, lines = new[] { Line(1, 50) } };
        var first = await api.FinalizeAsync(Id(await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", body), HttpStatusCode.Created)));
        var second = await api.FinalizeAsync(Id(await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", body), HttpStatusCode.Created)));

        Assert.Equal(Counter(first) + 1, Counter(second));
        Assert.StartsWith("AV", second.GetProperty("number").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credit_notes_cannot_exceed_the_invoice_counting_earlier_ones()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        var concurrentDraft = await CreditNoteAsync(api, invoice, new { amount = 300 });
        await api.FinalizeAsync(Id(await CreditNoteAsync(api, invoice, new { amount = 300 })));

        var tooMuch = await CreditNoteAsync(api, invoice, new { amount = 100.01m }, HttpStatusCode.BadRequest);
        var finalize = await ReadAsync(await api.Client.PostAsync($"/api/v1/invoices/{Id(concurrentDraft)}/finalize", null), HttpStatusCode.BadRequest);

        Assert.Contains("dépasse", tooMuch.GetProperty("errors").GetProperty("amount")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("dépasse", finalize.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Draft", Status(await api.GetAsync(Id(concurrentDraft))));
        await api.FinalizeAsync(Id(await CreditNoteAsync(api, invoice, new { amount = 100 })));
    }

    [Fact]
    public async Task Cancel_issues_exactly_one_linked_cancellation_credit_note_and_twice_is_409()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());

        var cancelled = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/cancel", new { reason = "Commande annulée" }), HttpStatusCode.OK);
        var again = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/cancel", new { reason = "Encore" }), HttpStatusCode.Conflict);

        Assert.Equal("Cancelled", Status(cancelled));
        var creditNote = await api.GetAsync(cancelled.GetProperty("cancelledById").GetInt32());
        Assert.Equal(("CreditNote", "Cancellation", "Used", invoice), (creditNote.GetProperty("kind").GetString(), creditNote.GetProperty("type").GetString(), Status(creditNote), creditNote.GetProperty("originInvoiceId").GetInt32()));
        Assert.Equal(480m, Amount(creditNote.GetProperty("totals"), "gross"));
        Assert.StartsWith("AV", creditNote.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Invoices.CountAsync(i => i.OriginInvoiceId == invoice)));
        Assert.Contains("au statut « Annulée »", again.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_a_paid_invoice_is_409_telling_to_credit_and_refund()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 480m, (invoice, 480m)), HttpStatusCode.Created);

        var problem = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/cancel", new { reason = "x" }), HttpStatusCode.Conflict);

        Assert.Contains("au statut « Payée »", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("avoir", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replace_abandons_the_invoice_and_returns_a_replacement_draft()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());

        var replacement = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/replace", new { reason = "Mauvaise adresse" }), HttpStatusCode.Created);
        var original = await api.GetAsync(invoice);

        Assert.Equal(("Draft", "Replacement", invoice), (Status(replacement), replacement.GetProperty("type").GetString(), replacement.GetProperty("originInvoiceId").GetInt32()));
        Assert.Equal(("Abandoned", Id(replacement)), (Status(original), original.GetProperty("replacedById").GetInt32()));
        await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/replace", new { reason = "x" }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Accountant_cannot_cancel()
    {
        var biller = await ApiAsync();
        var invoice = Id(await biller.FinalInvoiceAsync());
        var accountant = await ApiAsync(Roles.Accountant);

        var response = await accountant.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/cancel", new { reason = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static int Counter(JsonElement document)
    {
        var number = document.GetProperty("number").GetString()!;
        return int.Parse(number[(number.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
    }
}
