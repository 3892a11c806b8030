using System.Text.Json;
using Facturation.Application.Audit;
using Facturation.Application.Mail;
using Facturation.Testing;
using Facturation.Web.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Audit;

/// <summary>An issued invoice delivered through the outbox to the SMTP catcher leaves an <c>invoice.sent</c> entry in the audit chain.</summary>
public sealed class AuditSentEntryTests
{
    [SmtpFact]
    public async Task Sending_an_issued_invoice_appends_an_invoice_sent_entry_with_its_recipients_on_sqlite()
    {
        var smtp = RequiredService.Smtp();
        await using var app = MailFixture.AppFor(smtp.Host, smtp.Port);
        await AssertSentEntryAsync(app, smtp);
    }

    [ServiceFact(TestService.Smtp, TestService.Postgres)]
    public async Task Sending_an_issued_invoice_appends_an_invoice_sent_entry_with_its_recipients_on_postgres()
    {
        var smtp = RequiredService.Smtp();
        await using var database = await PostgresDatabase.CreateAsync("audit-sent");
        await using var app = MailFixture.AppFor(smtp.Host, smtp.Port).With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", database.ConnectionString);
        await AssertSentEntryAsync(app, smtp);
    }

    private static async Task AssertSentEntryAsync(FacturationApp app, SmtpEndpoint smtp)
    {
        using var catcher = new SmtpCatcher(smtp);
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (api, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);
        var number = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Number).SingleAsync());

        var messageId = await MailFixture.RequestSendAsync(api, invoiceId);
        await catcher.WaitForAsync(to.Billing);
        await MailFixture.WaitForMessageAsync(app, messageId, m => m.Status == OutboxStatus.Sent);

        var entry = Assert.Single(await app.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Event == AuditEvents.InvoiceSent && e.DocumentNumber == number).ToListAsync()));
        var payload = JsonDocument.Parse(entry.Payload).RootElement;
        var recipients = payload.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains(to.Billing, recipients);
        Assert.Contains(to.Copied, recipients);
        Assert.DoesNotContain(to.NotCopied, recipients);
        Assert.Equal(messageId, payload.GetProperty("outboxMessageId").GetInt32());
        var verification = await app.WithScopeAsync(s => s.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None));
        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal(await app.QueryAsync(db => db.AuditEntries.LongCountAsync()), verification.Entries);
    }
}
