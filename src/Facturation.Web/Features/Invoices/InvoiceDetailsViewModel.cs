using Facturation.Documents;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Invoices;

/// <summary>The document page; <see cref="Customer"/> is the customer block as issued (frozen snapshot), or as it is now for a draft.</summary>
public sealed record InvoiceDetailsViewModel(Invoice Invoice, DocumentCustomer Customer, string? OriginNumber)
{
    public string CustomerName => Customer.Name;

    /// <summary>Why a draft-only action is refused, or null when the document is still a draft.</summary>
    public string? FrozenReason => Invoice.IsDraft ? null : "Document émis : modification impossible, établissez un avoir.";
}
