using Facturation.Application.Documents;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Facturation.Application.Mail;

/// <summary>Builds MIME messages and talks to the SMTP server (MailKit).</summary>
public static class SmtpMailer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>A connected (and authenticated when a user is set) client; the caller disposes it.</summary>
    public static async Task<SmtpClient> ConnectAsync(SmtpAccount account, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Problem is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            var options = account.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.Auto => SecureSocketOptions.StartTlsWhenAvailable,
            };
            await client.ConnectAsync(account.Host!, account.Port, options, ct);
            if (!string.IsNullOrEmpty(account.UserName))
            {
                await client.AuthenticateAsync(account.UserName, account.Password ?? string.Empty, ct);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The MIME message: the document's PDF first, then a reminder's letter when it has one (ADR-020).</summary>
    public static MimeMessage Build(OutboxMessage message, InvoicePdf? attachment, InvoicePdf? letter = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage { MessageId = message.MessageId, Subject = message.Subject };
        mime.From.Add(new MailboxAddress(message.FromName ?? string.Empty, message.FromAddress));
        if (message.ReplyTo is { } replyTo)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        mime.To.AddRange(message.ToList.Select(MailboxAddress.Parse));
        mime.Cc.AddRange(message.CcList.Select(MailboxAddress.Parse));
        var body = new BodyBuilder { TextBody = message.Body };
        if (attachment is not null)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, new ContentType("application", "pdf"));
        }

        if (letter is not null)
        {
            body.Attachments.Add(letter.FileName, letter.Content, new ContentType("application", "pdf"));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>Sends a test email at once (not through the outbox) so that the administrator sees the error, if any, immediately.</summary>
    public static async Task SendTestAsync(SmtpAccount account, string to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(account);
        using var client = await ConnectAsync(account, ct);
        var mime = new MimeMessage { Subject = "Facturation : e-mail de test" };
        mime.From.Add(new MailboxAddress(account.SenderName ?? string.Empty, account.SenderAddress!));
        mime.To.Add(MailboxAddress.Parse(to));
        mime.Body = new TextPart("plain") { Text = "Ce message confirme que les paramètres d'envoi d'e-mails de Facturation fonctionnent." };
        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(true, ct);
    }
}
