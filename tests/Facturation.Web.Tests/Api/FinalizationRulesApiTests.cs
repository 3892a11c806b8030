using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Api;

/// <summary>
/// <c>POST /api/v1/invoices/{id}/finalize</c> on a document that is no longer a draft: the same issued document
/// asked twice is 200 with its number; a cancelled or abandoned one is 409 with the reason (screens alike).
/// A post-dated or far-dated draft is refused with a 409 and the series stays usable.
/// </summary>
public sealed class FinalizationRulesApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private async Task<DocumentApi> ApiAsync() => new(app, await app.ApiClientAsync(Roles.BillingManager));

    [Fact]
    public async Task Finalize_paid_invoice_again_is_200_with_the_same_number()
    {
        var api = await ApiAsync();
        var invoice = await api.FinalInvoiceAsync();
        await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 480m, (Id(invoice), 480m)), HttpStatusCode.Created);

        var again = await api.Client.PostAsync($"/api/v1/invoices/{Id(invoice)}/finalize", null);

        var document = await ReadAsync(again, HttpStatusCode.OK);
        Assert.Equal(("Paid", invoice.GetProperty("number").GetString()), (Status(document), document.GetProperty("number").GetString()));
    }

    [Fact]
    public async Task Finalize_cancelled_invoice_is_409_with_the_reason()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/cancel", new { reason = "Erreur de client" }), HttpStatusCode.OK);

        var problem = await ReadAsync(await api.Client.PostAsync($"/api/v1/invoices/{invoice}/finalize", null), HttpStatusCode.Conflict);

        Assert.Equal("invoice.finalize_status", problem.GetProperty("code").GetString());
        Assert.Contains("au statut « Annulée »", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Cancelled", Status(await api.GetAsync(invoice)));
    }

    [Fact]
    public async Task Finalize_abandoned_invoice_is_409_with_the_reason()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/replace", new { reason = "Mauvaise adresse" }), HttpStatusCode.Created);

        var problem = await ReadAsync(await api.Client.PostAsync($"/api/v1/invoices/{invoice}/finalize", null), HttpStatusCode.Conflict);

        Assert.Equal("invoice.finalize_status", problem.GetProperty("code").GetString());
        Assert.Contains("au statut « Abandonnée »", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finalize_cancelled_invoice_from_the_screen_shows_the_reason_and_changes_nothing()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/cancel", new { reason = "Doublon" }), HttpStatusCode.OK);
        var browser = await app.SignInAsync(Roles.BillingManager);
        var details = await browser.GetStringAsync($"/Invoices/Details/{invoice}");

        var response = await browser.SubmitFormAsync($"/Invoices/Finalize/{invoice}", [], $"/Invoices/Details/{invoice}");
        var shown = WebUtility.HtmlDecode(await browser.GetStringAsync(response.Headers.Location!.OriginalString));

        Assert.DoesNotContain("data-testid=\"finalize\"", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("ne peut plus être finalisé", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("émis.", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2999-06-01")]
    [InlineData("9999-12-31")]
    public async Task Finalize_post_dated_draft_is_409_and_the_next_invoice_is_issued(string issueDate)
    {
        var api = await ApiAsync();
        var draft = new { customerId = await api.CustomerIdAsync(), issueDate, paymentTermsDays = 30, lines = new[] { Line(1, 10) } };
        var created = await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", draft), HttpStatusCode.Created);

        var problem = await ReadAsync(await api.Client.PostAsync($"/api/v1/invoices/{Id(created)}/finalize", null), HttpStatusCode.Conflict);
        var next = await api.FinalInvoiceAsync();

        Assert.Equal("invoice.issue_date_future", problem.GetProperty("code").GetString());
        Assert.Equal(("Draft", JsonValueKind.Null), (Status(await api.GetAsync(Id(created))), (await api.GetAsync(Id(created))).GetProperty("number").ValueKind));
        Assert.Equal("Final", Status(next));
    }
}
