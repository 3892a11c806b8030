namespace Facturation.Domain.Invoicing;

/// <summary>Who does something, as recorded in the document history.</summary>
public sealed record Actor(string UserId, string UserName);
