using System.Globalization;
using System.Net;
using Facturation.Application.Documents;
using Facturation.Application.Reminders;
using Facturation.Domain.Customers;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Facturation.Web.Tests.Reminders.ReminderFixture;

namespace Facturation.Web.Tests.Reminders;

/// <summary>
/// The optional PDF letter per reminder level (ADR-020, amended): set on the settings screen, rendered with the
/// letterhead, stored with the reminder, attached after the invoice PDF to the e-mail the real SMTP catcher receives.
/// </summary>
public sealed class ReminderLetterTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [SmtpFact]
    public async Task Sqlite_formal_notice_with_letter_is_mailed_with_invoice_and_letter_and_level_without_flag_with_the_invoice_only()
    {
        await using var app = new ReminderApp();
        await AssertLetterMailedAsync(app);
    }

    [ServiceFact(TestService.Postgres, TestService.Smtp)]
    public async Task PostgreSql_formal_notice_with_letter_is_mailed_with_invoice_and_letter_and_level_without_flag_with_the_invoice_only()
    {
        await using var postgres = await PostgresDatabase.CreateAsync("reminderletter");
        await using var app = new ReminderApp();
        app.With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", postgres.ConnectionString);
        await AssertLetterMailedAsync(app);
    }

    [Fact]
    public async Task Letter_states_penalty_and_indemnity_only_at_the_formal_notice_and_the_indemnity_only_for_a_French_business()
    {
        await using var app = new ReminderApp();
        app.With("Outbox:Enabled", "false");
        app.CreateClient().Dispose();
        await AttachLettersAsync(app, 1, 3);
        var (companyId, _) = await CustomerAsync(app);
        var (individualId, _) = await CustomerAsync(app, CustomerKind.Individual);
        var (courtesyInvoice, due) = await InvoiceAsync(app, companyId);
        var (noticeInvoice, _) = await InvoiceAsync(app, companyId);
        var (individualInvoice, _) = await InvoiceAsync(app, individualId);

        DaysAfterDue(app, due, 7);
        await SendOneAsync(app, courtesyInvoice);
        DaysAfterDue(app, due, 31);
        await SendOneAsync(app, noticeInvoice);
        await SendOneAsync(app, individualInvoice);

        var courtesy = await PdfText.ExtractTextAsync(await LetterAsync(app, courtesyInvoice, 1));
        var notice = await PdfText.ExtractTextAsync(await LetterAsync(app, noticeInvoice, 3));
        var individual = await PdfText.ExtractTextAsync(await LetterAsync(app, individualInvoice, 3));
        var noticeNumber = await NumberAsync(app, noticeInvoice);
        Assert.Contains("Relance amicale", courtesy, StringComparison.Ordinal);
        Assert.Contains(await NumberAsync(app, courtesyInvoice), courtesy, StringComparison.Ordinal);
        Assert.DoesNotContain("Pénalités", courtesy, StringComparison.Ordinal);
        Assert.DoesNotContain("Indemnité forfaitaire", courtesy, StringComparison.Ordinal);
        Assert.DoesNotContain("40,00 €", courtesy, StringComparison.Ordinal);

        var penalty = await PenaltyAsync(app, 31);
        Assert.Contains(noticeNumber, notice, StringComparison.Ordinal);
        Assert.Contains($"Pénalités de retard au {due.AddDays(31):dd/MM/yyyy}", notice, StringComparison.Ordinal);
        Assert.Contains($"{penalty.ToString("0.00", French)} €", notice, StringComparison.Ordinal);
        Assert.Contains("Indemnité forfaitaire de recouvrement", notice, StringComparison.Ordinal);
        Assert.Contains("40,00 €", notice, StringComparison.Ordinal);
        Assert.Contains($"{(480m + penalty + 40m).ToString("0.00", French)} €", notice, StringComparison.Ordinal);

        Assert.Contains("Mise en demeure", individual, StringComparison.Ordinal);
        Assert.Contains($"{penalty.ToString("0.00", French)} €", individual, StringComparison.Ordinal);
        Assert.DoesNotContain("Indemnité forfaitaire", individual, StringComparison.Ordinal);
        Assert.DoesNotContain("40,00 €", individual, StringComparison.Ordinal);
    }

    private static async Task AssertLetterMailedAsync(ReminderApp app)
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        app.CreateClient().Dispose();
        await SaveLettersThroughTheScreenAsync(app, attachLetterAtLevel: 3);
        var (customerId, to) = await CustomerAsync(app);
        var (invoiceId, due) = await InvoiceAsync(app, customerId);
        var number = await NumberAsync(app, invoiceId);
        var (issued, customerName) = await app.QueryAsync(async db =>
        {
            var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == invoiceId);
            return (invoice.IssueDate!.Value, await db.Customers.Where(c => c.Id == customerId).Select(c => c.Name).SingleAsync());
        });

        DaysAfterDue(app, due, 7);
        await SendOneAsync(app, invoiceId);
        DaysAfterDue(app, due, 30);
        var notice = await SendOneAsync(app, invoiceId);

        // Two PDFs to render and send on a busy machine: more than the default 15 s may pass.
        var emails = (await catcher.WaitForAsync(to.Billing, 2, TimeSpan.FromSeconds(90))).OrderBy(e => e.Time).ToList();
        var invoicePdf = await Mail.MailFixture.PdfAsync(app, invoiceId);
        var courtesyAttachment = Assert.Single(emails[0].Attachments);
        Assert.Equal(invoicePdf.FileName, courtesyAttachment.FileName);
        Assert.Equal(2, emails[1].Attachments.Count);
        Assert.Equal(invoicePdf.FileName, emails[1].Attachments[0].FileName);
        Assert.Equal($"Relance-3-{number}.pdf", emails[1].Attachments[1].FileName);
        Assert.Equal(invoicePdf.Content, await catcher.DownloadAttachmentAsync(emails[1], emails[1].Attachments[0]));
        var letter = await catcher.DownloadAttachmentAsync(emails[1], emails[1].Attachments[1]);
        Assert.Equal(await LetterAsync(app, invoiceId, 3), letter);

        var text = await PdfText.ExtractTextAsync(letter);
        Assert.Contains("Mise en demeure", text, StringComparison.Ordinal);
        Assert.Contains(customerName, text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains($"{issued:dd/MM/yyyy}", text, StringComparison.Ordinal);
        Assert.Contains($"{due:dd/MM/yyyy}", text, StringComparison.Ordinal);
        Assert.Contains($"Date {due.AddDays(30):dd/MM/yyyy}", NormalizeSpaces(text), StringComparison.Ordinal);
        Assert.Contains("480,00 €", text, StringComparison.Ordinal);
        Assert.Contains("30", text, StringComparison.Ordinal);
        Assert.Contains($"{(await PenaltyAsync(app, 30)).ToString("0.00", French)} €", text, StringComparison.Ordinal);
        Assert.Contains("Indemnité forfaitaire de recouvrement", text, StringComparison.Ordinal);

        // Recorded as today: the reminder row, and the audit entry naming the letter's hash.
        var payload = await app.QueryAsync(db => db.AuditEntries.Where(e => e.Event == "reminder.sent" && e.DocumentNumber == number).OrderBy(e => e.Sequence).Select(e => e.Payload).ToListAsync());
        Assert.Equal(2, payload.Count);
        Assert.DoesNotContain("letterSha256", payload[0], StringComparison.Ordinal);
        Assert.Contains(InvoiceArchive.Hash(letter), payload[1], StringComparison.Ordinal);

        // The document page links the letter; the link serves the stored bytes.
        var browser = await app.SignInAsync(Facturation.Application.Identity.Roles.Accountant);
        var details = await (await browser.GetAsync($"/Invoices/Details/{invoiceId}")).Content.ReadAsStringAsync();
        var reminderId = await app.QueryAsync(db => db.PaymentReminders.Where(r => r.InvoiceId == invoiceId && r.Level == notice.Level).Select(r => r.Id).SingleAsync());
        Assert.Contains($"href=\"/Reminders/Letter/{reminderId}\"", details, StringComparison.Ordinal);
        var download = await browser.GetAsync($"/Reminders/Letter/{reminderId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(letter, await download.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Posts the settings form as a browser does, with "Joindre une lettre PDF" checked at one level only.</summary>
    private static async Task SaveLettersThroughTheScreenAsync(FacturationApp app, int attachLetterAtLevel)
    {
        var admin = await app.SignInAsAdminAsync();
        var page = await (await admin.GetAsync("/ReminderSettings")).Content.ReadAsStringAsync();
        Assert.Contains("Levels_2__AttachLetter", page, StringComparison.Ordinal);
        var fields = new Dictionary<string, string> { ["AutomaticSending"] = "false", ["PenaltyInvoiceAtLastLevel"] = "false" };
        foreach (var ((level, details), i) in DefaultReminderLevels.All.Select((l, i) => (l, i)))
        {
            fields[$"Levels[{i}].Level"] = $"{level}";
            fields[$"Levels[{i}].Name"] = details.Name;
            fields[$"Levels[{i}].DaysAfterDue"] = $"{details.DaysAfterDue}";
            fields[$"Levels[{i}].SubjectTemplate"] = details.SubjectTemplate;
            fields[$"Levels[{i}].BodyTemplate"] = details.BodyTemplate;
            fields[$"Levels[{i}].AttachLetter"] = level == attachLetterAtLevel ? "true" : "false";
        }

        var response = await admin.SubmitFormAsync("/ReminderSettings", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var attached = await app.QueryAsync(db => db.ReminderLevels.Where(l => l.AttachLetter).Select(l => l.Level).ToListAsync());
        Assert.Equal([attachLetterAtLevel], attached);
    }

    private static Task<int> AttachLettersAsync(FacturationApp app, params int[] levels) =>
        app.WithScopeAsync(async s =>
        {
            var settings = s.GetRequiredService<ReminderSettingsService>();
            var input = await settings.GetAsync(CancellationToken.None);
            input.Levels.ForEach(l => l.AttachLetter = levels.Contains(l.Level));
            await settings.UpdateAsync(input, CancellationToken.None);
            return levels.Length;
        });

    private static Task<byte[]> LetterAsync(FacturationApp app, int invoiceId, int level) =>
        app.QueryAsync(db => db.PaymentReminders.Where(r => r.InvoiceId == invoiceId && r.Level == level).Select(r => r.LetterPdf!).SingleAsync());

    private static Task<string> NumberAsync(FacturationApp app, int invoiceId) =>
        app.QueryAsync(db => db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Number!).SingleAsync());

    /// <summary>The existing late-payment computation: days late × company rate / 365 × the 480.00 € remaining.</summary>
    private static async Task<decimal> PenaltyAsync(FacturationApp app, int daysLate)
    {
        var rate = await app.QueryAsync(db => db.Companies.Select(c => c.LatePaymentPenaltyRate).FirstAsync());
        return Math.Round(daysLate * rate / 100m / 365m * 480m, 2, MidpointRounding.AwayFromZero);
    }

    private static string NormalizeSpaces(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[ \t]+", " ");
}
