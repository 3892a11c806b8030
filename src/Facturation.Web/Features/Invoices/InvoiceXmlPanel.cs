namespace Facturation.Web.Features.Invoices;

/// <summary>What the e-invoice block shows: downloads, or the draft / out-of-scope (Québec) explanation.</summary>
public sealed record InvoiceXmlPanel(int InvoiceId, bool IsDraft, string? OutOfScopeReason);
