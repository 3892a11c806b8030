using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>
/// A business rule refused on a screen redraws the form the controller builds (IRedrawsForm): the French message
/// next to its field, the user's input kept, 422 — never a 500, never a half-written row.
/// </summary>
public sealed class FormRedrawTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Payment_above_the_remaining_amount_redraws_the_form_with_the_input_and_open_invoices()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var customerId = await api.CustomerIdAsync("DUPONT");
        var invoice = DocumentApi.Id(await api.FinalInvoiceAsync());
        var client = await app.SignInAsync(Roles.Accountant);
        var before = await app.QueryAsync(db => db.Payments.CountAsync());

        var response = await client.SubmitFormAsync("/Payments/Record", new()
        {
            ["CustomerId"] = $"{customerId}",
            ["Date"] = "2026-11-23",
            ["Amount"] = "900000",
            ["Method"] = "Transfer",
            ["Reference"] = "VIR-REDRAW-77",
            ["Allocations[0].InvoiceId"] = $"{invoice}",
            ["Allocations[0].Amount"] = "900000",
            ["command"] = "save",
        }, $"/Payments/Record?invoiceId={invoice}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("dépasse le reste dû", HtmlForms.FieldError(html, "Allocations[0].Amount"));
        Assert.Contains("value=\"VIR-REDRAW-77\"", html);
        Assert.Contains($"value=\"{invoice}\"", html);
        Assert.Equal(before, await app.QueryAsync(db => db.Payments.CountAsync()));
    }

    [Fact]
    public async Task Activity_code_taken_redraws_the_shared_form_with_the_input_kept()
    {
        var client = await app.SignInAsync(Roles.Admin);
        var code = $"RD{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var first = await client.SubmitFormAsync("/Activities/Create", new() { ["Code"] = code, ["Name"] = "Maintenance", ["Active"] = "true" });

        // The create form is the view "Form": a guess from the action name ("Create") found no view and answered 500.
        var response = await client.SubmitFormAsync("/Activities/Create", new() { ["Code"] = code, ["Name"] = "Doublon gardé", ["Active"] = "true" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Ce code est déjà utilisé par une autre activité.", HtmlForms.FieldError(html, "Code"));
        Assert.Contains("value=\"Doublon gardé\"", html);
        Assert.Equal(1, await app.QueryAsync(db => db.Activities.CountAsync(a => a.Code == code)));
    }

    [Fact]
    public async Task Refused_action_without_a_form_flashes_the_message_and_redirects()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var customerId = await api.CustomerIdAsync("DUPONT");
        var invoice = DocumentApi.Id(await api.FinalInvoiceAsync());
        await DocumentApi.ReadAsync(await api.PayAsync(customerId, 480m, (invoice, 480m)), HttpStatusCode.Created);
        var client = await app.SignInAsync(Roles.BillingManager);

        var response = await client.SubmitFormAsync($"/Corrections/Cancel/{invoice}", new() { ["reason"] = "Forcé" }, $"/Invoices/Details/{invoice}");
        var next = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches("data-testid=\"flash-error\">[^<]*pay", next);
    }
}
