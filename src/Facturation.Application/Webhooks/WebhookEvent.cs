namespace Facturation.Application.Webhooks;

/// <summary>An event ready to be delivered: its id, type, the document it concerns and the body to post.</summary>
public sealed record WebhookEvent(Guid Id, string Type, string DocumentKey, long AuditSequence, DateTime OccurredAtUtc, string Body);
