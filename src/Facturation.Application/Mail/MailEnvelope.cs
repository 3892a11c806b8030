namespace Facturation.Application.Mail;

/// <summary>What an email carries besides its attachment.</summary>
public sealed record MailEnvelope(
    string FromAddress,
    string? FromName,
    string? ReplyTo,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string Body);
