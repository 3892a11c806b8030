using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Mail;

/// <summary>
/// One email waiting for, or past, delivery: its whole content except the PDF, which is resolved at send time
/// from the invoice through <c>IInvoicePdfSource</c> (the archived bytes of an issued document never change).
/// The Message-Id is fixed at enqueue time so that a retry after a crash re-sends the same message.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public int Id { get; private set; }

    public string MessageId { get; private set; } = string.Empty;

    public int? InvoiceId { get; private set; }

    /// <summary>The statement whose archived PDF is attached (issue 14), when the message is not about an invoice.</summary>
    public int? StatementId { get; private set; }

    public string FromAddress { get; private set; } = string.Empty;

    public string? FromName { get; private set; }

    public string? ReplyTo { get; private set; }

    /// <summary>Recipients separated by ", ".</summary>
    public string To { get; private set; } = string.Empty;

    public string Cc { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public OutboxStatus Status { get; private set; } = OutboxStatus.Pending;

    public int Attempts { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseExpiresAtUtc { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string RequestedById { get; private set; } = string.Empty;

    public string RequestedByName { get; private set; } = string.Empty;

    public IReadOnlyList<string> ToList => Split(To);

    public IReadOnlyList<string> CcList => Split(Cc);

    public Actor RequestedBy => new(RequestedById, RequestedByName);

    public static OutboxMessage ForInvoice(int invoiceId, MailEnvelope envelope, Actor requestedBy, DateTime nowUtc)
    {
        var message = Create(envelope, requestedBy, nowUtc);
        message.InvoiceId = invoiceId;
        return message;
    }

    public static OutboxMessage ForStatement(int statementId, MailEnvelope envelope, Actor requestedBy, DateTime nowUtc)
    {
        var message = Create(envelope, requestedBy, nowUtc);
        message.StatementId = statementId;
        return message;
    }

    private static OutboxMessage Create(MailEnvelope envelope, Actor requestedBy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(requestedBy);
        var domain = envelope.FromAddress.Split('@') is [_, { Length: > 0 } host] ? host : "facturation.local";
        return new OutboxMessage
        {
            MessageId = $"{Guid.NewGuid():N}@{domain}",
            FromAddress = envelope.FromAddress,
            FromName = envelope.FromName,
            ReplyTo = envelope.ReplyTo,
            To = string.Join(", ", envelope.To),
            Cc = string.Join(", ", envelope.Cc),
            Subject = envelope.Subject,
            Body = envelope.Body,
            NextAttemptAtUtc = nowUtc,
            CreatedAtUtc = nowUtc,
            RequestedById = requestedBy.UserId,
            RequestedByName = requestedBy.UserName,
        };
    }

    public void MarkSent(DateTime nowUtc) =>
        (Status, SentAtUtc, LeaseOwner, LeaseExpiresAtUtc, LastError) = (OutboxStatus.Sent, nowUtc, null, null, null);

    /// <summary>An attempt failed: retry later with exponential back-off, or give up after the last attempt.</summary>
    public void RecordFailure(string error, DateTime nowUtc, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        LastError = error.Length > 2000 ? error[..2000] : error;
        (LeaseOwner, LeaseExpiresAtUtc) = (null, null);
        if (Attempts >= options.MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }

        var delay = options.RetryBaseDelay * Math.Pow(2, Math.Max(0, Attempts - 1));
        Status = OutboxStatus.Pending;
        NextAttemptAtUtc = nowUtc + (delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay);
    }

    /// <summary>An administrator asks for a failed (or waiting) message to be tried again now, with a fresh attempt count.</summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status is OutboxStatus.Sent or OutboxStatus.Sending)
        {
            throw DomainException.Conflict(
                "outbox.not_retryable", $"Le message {Id} est au statut {Status} : seul un message en attente ou en échec peut être relancé.");
        }

        (Status, Attempts, NextAttemptAtUtc) = (OutboxStatus.Pending, 0, nowUtc);
    }

    private static string[] Split(string addresses) =>
        addresses.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
