using Facturation.Application.Mail;

namespace Facturation.Web.Api.V1;

public sealed record OutboxMessageDto(
    int Id,
    OutboxStatus Status,
    int Attempts,
    DateTime? NextAttemptAt,
    string? LastError,
    DateTime? SentAt,
    string MessageId,
    int? InvoiceId,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject)
{
    public static OutboxMessageDto From(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new OutboxMessageDto(
            message.Id,
            message.Status,
            message.Attempts,
            message.Status is OutboxStatus.Sent or OutboxStatus.Failed ? null : Utc(message.NextAttemptAtUtc),
            message.LastError,
            message.SentAtUtc is { } sent ? Utc(sent) : null,
            message.MessageId,
            message.InvoiceId,
            message.ToList,
            message.CcList,
            message.Subject);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
