using Facturation.Documents;
using Facturation.Documents.EInvoicing;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Documents;

/// <summary>
/// What a document prints besides itself (company, customer, corrected invoice, dossier recap, the documents its
/// e-invoice names, the author when printed), loaded by <see cref="InvoiceSnapshotBuilder.PrepareAsync"/>; <see cref="Build"/> maps the
/// document in memory, with no query.
/// </summary>
public sealed record SnapshotSources(
    Company Company,
    Customer Customer,
    string? CorrectedInvoice,
    IReadOnlyList<BillingRecapRow> Recap,
    IReadOnlyDictionary<int, EInvoiceReference> References,
    string? Author)
{
    /// <summary>
    /// Dossier documents print a recap that depends on the document's own state (its number once issued): their
    /// sources are loaded again after the document is frozen.
    /// </summary>
    public static bool DependOnIssuedState(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.Type is InvoiceType.Deposit or InvoiceType.Situation or InvoiceType.FinalBalance;
    }

    public InvoiceDocumentSnapshot Build(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return InvoiceSnapshotMapping.ToSnapshot(invoice, Company, Customer, CorrectedInvoice, recap: Recap) with
        {
            EInvoice = invoice.IsDraft ? null : EInvoiceMapping.ToEInvoice(invoice, Company, Customer, References),
            Author = Author,
        };
    }
}
