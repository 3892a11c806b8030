using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Reminders.ReminderFixture;

namespace Facturation.Web.Tests.Reminders;

/// <summary>The Relances screen, the settings screen and the document page, as a browser posts them.</summary>
public sealed class ReminderScreenTests(ReminderApp app) : IClassFixture<ReminderApp>
{
    [Fact]
    public async Task Relances_screen_lists_what_is_due_and_sends_the_checked_invoices_with_the_antiforgery_token()
    {
        var (customerId, _) = await CustomerAsync(app);
        var (invoiceId, due) = await InvoiceAsync(app, customerId);
        DaysAfterDue(app, due, 9);
        var browser = await app.SignInAsync(Roles.Accountant);

        var page = await (await browser.GetAsync("/Reminders")).Content.ReadAsStringAsync();
        var forged = await browser.PostFormWithoutTokenAsync("/Reminders/Send", new() { ["invoiceIds"] = $"{invoiceId}" });
        var sent = await browser.SubmitFormAsync("/Reminders/Send", new() { ["invoiceIds"] = $"{invoiceId}" }, "/Reminders");
        var after = await (await browser.GetAsync("/Reminders")).Content.ReadAsStringAsync();
        var details = await (await browser.GetAsync($"/Invoices/Details/{invoiceId}")).Content.ReadAsStringAsync();

        Assert.Contains($"data-id=\"{invoiceId}\"", page, StringComparison.Ordinal);
        Assert.Contains("Relance amicale", page, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Envoyer les relances coch", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("1 relance envoyée.", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-id=\"{invoiceId}\"", after, StringComparison.Ordinal);
        Assert.Contains("Dernière relance : Relance amicale le", WebUtility.HtmlDecode(details), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentReminders.CountAsync(r => r.InvoiceId == invoiceId)));
    }

    [Fact]
    public async Task Litigation_from_the_document_page_flags_the_invoice_and_keeps_it_off_the_list()
    {
        var (customerId, _) = await CustomerAsync(app);
        var (invoiceId, due) = await InvoiceAsync(app, customerId);
        DaysAfterDue(app, due, 8);
        var browser = await app.SignInAsync(Roles.BillingManager);

        var response = await browser.SubmitFormAsync($"/Reminders/Litigation/{invoiceId}", new() { ["reason"] = "Quantités contestées" }, $"/Invoices/Details/{invoiceId}");
        var details = WebUtility.HtmlDecode(await (await browser.GetAsync($"/Invoices/Details/{invoiceId}")).Content.ReadAsStringAsync());
        var list = await (await browser.GetAsync("/Reminders")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("data-testid=\"litigation-flag\"", details, StringComparison.Ordinal);
        Assert.Contains("Quantités contestées", details, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-id=\"{invoiceId}\"", list, StringComparison.Ordinal);
        var history = await app.QueryAsync(db => db.Invoices.AsNoTracking().Include(i => i.History).SingleAsync(i => i.Id == invoiceId));
        Assert.Contains(history.History, h => h.Action == "litigation" && h.Details.Contains("Quantités contestées", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Settings_refuse_a_level_not_later_than_the_previous_one_with_a_French_message_next_to_the_field()
    {
        var admin = await app.SignInAsAdminAsync();
        var fields = new Dictionary<string, string> { ["AutomaticSending"] = "false", ["PenaltyInvoiceAtLastLevel"] = "false" };
        string[] names = ["Relance amicale", "Relance", "Mise en demeure"];
        int[] days = [7, 5, 30];
        for (var i = 0; i < 3; i++)
        {
            fields[$"Levels[{i}].Level"] = $"{i + 1}";
            fields[$"Levels[{i}].Name"] = names[i];
            fields[$"Levels[{i}].DaysAfterDue"] = $"{days[i]}";
            fields[$"Levels[{i}].SubjectTemplate"] = "Facture {numero}";
            fields[$"Levels[{i}].BodyTemplate"] = "Reste dû : {reste}";
        }

        var response = await admin.SubmitFormAsync("/ReminderSettings", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Le délai du niveau 2 doit être supérieur à celui des niveaux précédents.", HtmlForms.FieldError(html, "Levels[1].DaysAfterDue"));
        Assert.Equal(15, await app.QueryAsync(db => db.ReminderLevels.Where(l => l.Level == 2).Select(l => l.DaysAfterDue).SingleAsync()));
    }
}
