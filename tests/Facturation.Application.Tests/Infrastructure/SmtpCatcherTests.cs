using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Facturation.Testing;

namespace Facturation.Application.Tests.Infrastructure;

public class SmtpCatcherTests
{
    [SmtpFact]
    public async Task WaitForAsync_MailSentOverSmtp_IsListedWithCcAndAttachment()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var to = SmtpCatcher.NewAddress("client");
        var cc = SmtpCatcher.NewAddress("comptable");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% self-test attachment\n%%EOF\n");

        using (var message = new MailMessage("facturation@facturation.test", to))
        {
            message.CC.Add(cc);
            message.Subject = "Facture F-2025-0001 — 480,00 €";
            message.SubjectEncoding = Encoding.UTF8;
            message.Body = "Veuillez trouver ci-joint votre facture.";
            message.BodyEncoding = Encoding.UTF8;
            message.Attachments.Add(new Attachment(new MemoryStream(pdf), "F-2025-0001.pdf", MediaTypeNames.Application.Pdf));
            using var client = new SmtpClient(catcher.Endpoint.Host, catcher.Endpoint.Port) { EnableSsl = false };
            await client.SendMailAsync(message);
        }

        var emails = await catcher.WaitForAsync(to, count: 1, timeout: TimeSpan.FromSeconds(20));

        var email = Assert.Single(emails);
        Assert.Equal("Facture F-2025-0001 — 480,00 €", email.Subject);
        Assert.Contains(email.To, a => a.Address == to);
        Assert.Contains(email.Cc, a => a.Address == cc);
        Assert.Contains("ci-joint", email.Text, StringComparison.Ordinal);
        var attachment = Assert.Single(email.Attachments);
        Assert.Equal("F-2025-0001.pdf", attachment.FileName);
        Assert.False(string.IsNullOrEmpty(attachment.GeneratedFileName));
        Assert.Equal(pdf, await catcher.DownloadAttachmentAsync(email, attachment));

        await catcher.DeleteAsync(email.Id);
        Assert.DoesNotContain(await catcher.ListAsync(), e => e.Id == email.Id);
    }

    [SmtpFact]
    public async Task WaitForAsync_NothingArrives_TimesOutWithClearMessage()
    {
        using var catcher = SmtpCatcher.FromEnvironment();

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => catcher.WaitForAsync(SmtpCatcher.NewAddress("nobody"), count: 1, timeout: TimeSpan.FromMilliseconds(300)));

        Assert.Contains("Expected at least 1 e-mail", error.Message, StringComparison.Ordinal);
    }
}
