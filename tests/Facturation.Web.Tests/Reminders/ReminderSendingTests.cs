using System.Net;
using System.Net.Http.Json;
using Facturation.Application.Identity;
using Facturation.Application.Reminders;
using Facturation.Domain.Customers;
using Facturation.Domain.Reminders;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Facturation.Web.Tests.Reminders.ReminderFixture;

namespace Facturation.Web.Tests.Reminders;

/// <summary>Reminders delivered through the outbox to the real SMTP catcher (maildev), level by level.</summary>
public sealed class ReminderSendingTests(ReminderApp app) : IClassFixture<ReminderApp>
{
    [SmtpFact]
    public async Task Each_level_is_mailed_to_billing_and_cc_contacts_with_its_template_and_the_invoice_pdf()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var (customerId, to) = await CustomerAsync(app);
        var (invoiceId, due) = await InvoiceAsync(app, customerId);
        var number = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Number!).SingleAsync());

        DaysAfterDue(app, due, 7);
        var first = await SendOneAsync(app, invoiceId);
        DaysAfterDue(app, due, 15);
        var second = await SendOneAsync(app, invoiceId);
        DaysAfterDue(app, due, 30);
        var third = await SendOneAsync(app, invoiceId);

        Assert.Equal([(1, "Relance amicale"), (2, "Relance"), (3, "Mise en demeure")], new[] { first, second, third }.Select(o => (o.Level!.Value, o.LevelName!)));
        var emails = (await catcher.WaitForAsync(to.Billing, 3)).OrderBy(e => e.Time).ToList();
        Assert.Equal(
            [$"Rappel : facture {number} échue le {due:dd/MM/yyyy}", $"Relance : facture {number} impayée (15 jours de retard)", $"Mise en demeure : facture {number} impayée"],
            emails.Select(e => e.Subject));
        Assert.All(emails, e => Assert.Equal([to.Copied], e.Cc.Select(a => a.Address)));
        Assert.All(emails, e => Assert.Contains("480,00 €", e.Text, StringComparison.Ordinal));
        var pdf = await Mail.MailFixture.PdfAsync(app, invoiceId);
        foreach (var email in emails)
        {
            var attachment = Assert.Single(email.Attachments);
            Assert.Equal(pdf.FileName, attachment.FileName);
            Assert.Equal(pdf.Content, await catcher.DownloadAttachmentAsync(email, attachment));
        }

        // The formal notice states the interest at the company's rate and, for a French business customer, the 40 € indemnity.
        var rate = await app.QueryAsync(db => db.Companies.Select(c => c.LatePaymentPenaltyRate).FirstAsync());
        var penalty = Math.Round(30 * rate / 100m / 365m * 480m, 2, MidpointRounding.AwayFromZero);
        Assert.Contains($"pénalités de retard s'élèvent à {penalty.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} €", emails[2].Text, StringComparison.Ordinal);
        Assert.Contains("indemnité forfaitaire pour frais de recouvrement de 40,00 €", emails[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("40,00 €", emails[0].Text, StringComparison.Ordinal);
        var invoice = await app.QueryAsync(db => db.Invoices.AsNoTracking().Include(i => i.History).SingleAsync(i => i.Id == invoiceId));
        Assert.Equal(3, invoice.LastReminderLevel);
        Assert.Equal(3, invoice.History.Count(h => h.Action == "reminder"));
        var audit = await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Event == "reminder.sent" && e.DocumentNumber == number));
        Assert.Equal(3, audit);
    }

    [SmtpFact]
    public async Task A_delivered_reminder_records_invoice_reminder_sent_not_invoice_sent_and_keeps_the_status()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var (customerId, to) = await CustomerAsync(app);
        var (invoiceId, due) = await InvoiceAsync(app, customerId);
        var number = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Number!).SingleAsync());

        DaysAfterDue(app, due, 7);
        var reminder = await SendOneAsync(app, invoiceId);
        await catcher.WaitForAsync(to.Billing);

        // The e-mail reached the SMTP server; the outbox commits its delivery right after.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<Facturation.Application.Audit.AuditEntry> entries;
        do
        {
            await Task.Delay(100);
            entries = await app.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.DocumentNumber == number).OrderBy(e => e.Sequence).ToListAsync());
        }
        while (!entries.Any(e => e.Event == "invoice.reminder_sent") && DateTime.UtcNow < deadline);

        // The PDF is archived right after the issue (ADR-025), before any reminder.
        Assert.Equal(["invoice.issued", "invoice.archived", "reminder.sent", "invoice.reminder_sent"], entries.Select(e => e.Event));
        var payload = System.Text.Json.Nodes.JsonNode.Parse(entries[^1].Payload)!;
        Assert.Equal((reminder.OutboxMessageId!.Value, 1, "Relance amicale"), (payload["outboxMessageId"]!.GetValue<int>(), payload["level"]!.GetValue<int>(), payload["levelName"]!.GetValue<string>()));
        var invoice = await app.QueryAsync(db => db.Invoices.AsNoTracking().Include(i => i.History).SingleAsync(i => i.Id == invoiceId));
        Assert.Equal(Facturation.Domain.Invoicing.InvoiceStatus.Final, invoice.Status);
        Assert.Null(invoice.SentAtUtc);
        Assert.Contains(invoice.History, h => h.Action == "reminder_delivered");
    }

    [SmtpFact]
    public async Task Recovery_indemnity_is_never_claimed_from_an_individual_or_a_Quebec_customer()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var (individual, toIndividual) = await CustomerAsync(app, CustomerKind.Individual);
        var (quebec, toQuebec) = await CustomerAsync(app, CustomerKind.Company, "CA");
        var (a, due) = await InvoiceAsync(app, individual);
        var (b, _) = await InvoiceAsync(app, quebec);

        DaysAfterDue(app, due, 31);
        var outcomes = await SendAsync(app, a, b);

        Assert.All(outcomes, o => Assert.Equal(3, o.Level));
        foreach (var address in new[] { toIndividual.Billing, toQuebec.Billing })
        {
            var email = Assert.Single(await catcher.WaitForAsync(address));
            Assert.StartsWith("Mise en demeure", email.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain("indemnité forfaitaire", email.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("40,00", email.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task At_J20_only_the_highest_due_level_is_sent_and_the_skipped_one_never_follows()
    {
        var (customerId, _) = await CustomerAsync(app);
        var (invoiceId, due) = await InvoiceAsync(app, customerId);

        DaysAfterDue(app, due, 20);
        var sent = await SendOneAsync(app, invoiceId);
        var again = await SendOneAsync(app, invoiceId);
        DaysAfterDue(app, due, 25);
        var later = await SendOneAsync(app, invoiceId);

        Assert.Equal(2, sent.Level);
        Assert.Equal((ReminderSkip.AlreadySent, ReminderSkip.AlreadySent), (again.Skip, later.Skip));
        Assert.Contains("a déjà été envoyée", again.Reason, StringComparison.Ordinal);
        var rows = await app.QueryAsync(db => db.PaymentReminders.Where(r => r.InvoiceId == invoiceId).Select(r => r.Level).ToListAsync());
        Assert.Equal([2], rows);
        Assert.Equal(1, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.InvoiceId == invoiceId)));
    }

    [Fact]
    public async Task No_reminder_for_a_paid_cancelled_disputed_opted_out_or_draft_document_nor_before_J7()
    {
        var (customerId, _) = await CustomerAsync(app);
        var (optedOutCustomer, _) = await CustomerAsync(app, optOut: true);
        var (paid, due) = await InvoiceAsync(app, customerId);
        var (cancelled, _) = await InvoiceAsync(app, customerId);
        var (inLitigation, _) = await InvoiceAsync(app, customerId);
        var (optedOut, _) = await InvoiceAsync(app, optedOutCustomer);
        var (early, _) = await InvoiceAsync(app, customerId);
        var api = await app.ApiClientAsync(Roles.BillingManager, Roles.Accountant);
        var draft = await DraftAsync(api, customerId);
        var today = await TodayAsync(app);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/payments", new { customerId, date = today, amount = 480m, method = "Transfer", allocations = new[] { new { invoiceId = paid, amount = 480m } } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/invoices/{cancelled}/cancel", new { reason = "Erreur de client" })).StatusCode);
        await app.WithScopeAsync(s => s.GetRequiredService<LitigationService>().OpenAsync(inLitigation, "Livraison incomplète", Biller, CancellationToken.None));

        DaysAfterDue(app, due, 6);
        var tooEarly = await SendOneAsync(app, early);
        DaysAfterDue(app, due, 40);
        var outcomes = (await SendAsync(app, paid, cancelled, inLitigation, optedOut, draft)).ToDictionary(o => o.InvoiceId, o => o.Skip);

        Assert.Equal(ReminderSkip.NotDue, tooEarly.Skip);
        Assert.Equal(ReminderSkip.Settled, outcomes[paid]);
        Assert.Equal(ReminderSkip.Cancelled, outcomes[cancelled]);
        Assert.Equal(ReminderSkip.InLitigation, outcomes[inLitigation]);
        Assert.Equal(ReminderSkip.OptedOut, outcomes[optedOut]);
        Assert.Equal(ReminderSkip.Draft, outcomes[draft]);
        int[] ids = [paid, cancelled, inLitigation, optedOut, draft, early];
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentReminders.CountAsync(r => ids.Contains(r.InvoiceId))));
        Assert.Equal(0, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.InvoiceId != null && ids.Contains(m.InvoiceId.Value))));
        var due40 = await app.WithScopeAsync(s => s.GetRequiredService<ReminderService>().DueAsync(CancellationToken.None));
        Assert.Equal([early], due40.Select(d => d.InvoiceId).Where(ids.Contains));
    }

    [Fact]
    public async Task Job_sends_nothing_while_automatic_sending_is_off_and_what_is_due_once_it_is_on()
    {
        var (customerId, _) = await CustomerAsync(app);
        var (invoiceId, due) = await InvoiceAsync(app, customerId);
        DaysAfterDue(app, due, 8);

        var whileOff = await RunJobAsync();
        var automatic = await app.WithScopeAsync(s => s.GetRequiredService<ReminderSettingsService>().GetAsync(CancellationToken.None));
        automatic.AutomaticSending = true;
        await app.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<ReminderSettingsService>().UpdateAsync(automatic, CancellationToken.None);
            return 0;
        });
        var whileOn = await RunJobAsync();
        var nextRun = await RunJobAsync();
        automatic.AutomaticSending = false;
        await app.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<ReminderSettingsService>().UpdateAsync(automatic, CancellationToken.None);
            return 0;
        });

        Assert.Equal(0, whileOff);
        Assert.True(whileOn >= 1);
        Assert.Equal(0, nextRun);
        var reminder = await app.QueryAsync(db => db.PaymentReminders.AsNoTracking().SingleAsync(r => r.InvoiceId == invoiceId));
        Assert.Equal((1, "Système"), (reminder.Level, reminder.SentByName));
    }

    private Task<int> RunJobAsync() => app.WithScopeAsync(s =>
        s.GetServices<Application.Jobs.IScheduledJob>().Single(j => j.Name == "payment-reminders").RunDueAsync("test", CancellationToken.None));

    private static async Task<int> DraftAsync(HttpClient api, int customerId)
    {
        var lines = new[] { new { description = "Conseil", quantity = 1m, unitPrice = 100m, taxCode = "TVA20" } };
        var created = await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, lines, dueDate = (DateOnly?)null });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
    }
}
