using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Invoices;

public sealed record InvoiceDetailsViewModel(Invoice Invoice, string CustomerName, string? OriginNumber)
{
    /// <summary>Why a draft-only action is refused, or null when the document is still a draft.</summary>
    public string? FrozenReason => Invoice.IsDraft ? null : "Document émis : modification impossible, établissez un avoir.";
}
