using Facturation.Application.Mail;
using Facturation.Documents;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// The document page; <see cref="Customer"/> is the customer block as issued (frozen snapshot), or as it is now for a
/// draft; <see cref="Actions"/> is its single Actions menu (<see cref="InvoiceActionMenu"/>); <see cref="Dossier"/> the
/// dossier it bills, if any; <see cref="Emails"/> its e-mails in the outbox, newest first.
/// </summary>
public sealed record InvoiceDetailsViewModel(
    Invoice Invoice, DocumentCustomer Customer, string? OriginNumber, ActionMenu Actions, Dossier? Dossier, IReadOnlyList<OutboxMessage> Emails)
{
    public string CustomerName => Customer.Name;

    /// <summary>The French name of the document's status, agreeing with its kind.</summary>
    public string StatusLabel => InvoiceLifecycle.Label(Invoice.Kind, Invoice.Status);
}
