namespace Facturation.Web.Api.V1;

/// <summary><c>POST /api/v1/invoices/archive</c>: the documents to put in the ZIP.</summary>
public sealed record InvoiceArchiveRequest(IReadOnlyList<int>? InvoiceIds);
