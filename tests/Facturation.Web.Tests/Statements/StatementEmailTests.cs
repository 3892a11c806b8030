using System.Net.Http.Json;
using Facturation.Application.Mail;
using Facturation.Testing;
using Facturation.Web.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Statements;

/// <summary>A statement e-mailed through the outbox to the real SMTP catcher, with its archived PDF.</summary>
public sealed class StatementEmailTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    [SmtpFact]
    public async Task Send_delivers_the_archived_statement_pdf_to_the_billing_contact()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (api, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);
        var statement = (await ReadAsync(await api.PostAsJsonAsync("/api/v1/statements", new { invoiceIds = new[] { invoiceId } }), System.Net.HttpStatusCode.Created)).EnumerateArray().Single();
        var number = statement.GetProperty("number").GetString()!;

        var accepted = await ReadAsync(await api.PostAsync($"/api/v1/statements/{Id(statement)}/send", null), System.Net.HttpStatusCode.Accepted);

        var email = Assert.Single(await catcher.WaitForAsync(to.Billing));
        Assert.Contains($"Relevé de factures {number}", email.Subject, StringComparison.Ordinal);
        var attachment = Assert.Single(email.Attachments);
        var archived = await app.Services.ReadArchivedAsync(await app.QueryAsync(db => db.StatementArchives.Where(a => a.StatementId == Id(statement)).Select(a => a.BlobName).SingleAsync()));
        Assert.Equal(archived, await catcher.DownloadAttachmentAsync(email, attachment));
        Assert.Contains(number, await PdfText.ExtractTextAsync(archived), StringComparison.Ordinal);
        await MailFixture.WaitForMessageAsync(app, accepted.GetProperty("id").GetInt32(), m => m.Status == OutboxStatus.Sent);
        Assert.NotNull(await app.QueryAsync(db => db.Statements.Where(s => s.Id == Id(statement)).Select(s => s.SentAtUtc).SingleAsync()));
    }
}
