using Facturation.Domain.Common;

namespace Facturation.Domain.Invoicing;

/// <summary>Documents billed from a dossier (deposits, situations, balances, invoices) and the merge of drafts.</summary>
public sealed partial class Invoice
{
    /// <summary>The dossier this document bills, when it bills one dossier only.</summary>
    public int? DossierId { get; private set; }

    /// <summary>Deposits are advance payments, not revenue: the accounting export leaves them out (ADR-010).</summary>
    public bool IsRevenue => Type != InvoiceType.Deposit;

    /// <summary>Numbered and still standing: counts in what a dossier has billed.</summary>
    public bool IsIssued => Status is not (InvoiceStatus.Draft or InvoiceStatus.Cancelled or InvoiceStatus.Abandoned);

    public static Invoice CreateFromDossier(InvoiceType type, int? dossierId, string dossierNumber, InvoiceHeader header, IEnumerable<LineDetails> lines, string proformaNumber, Actor actor, DateTime nowUtc)
    {
        var invoice = CreateDraft(InvoiceKind.Invoice, type, header, lines, proformaNumber, actor, nowUtc);
        invoice.DossierId = dossierId;
        invoice.Record(nowUtc, actor, "from_dossier", $"Établie depuis le dossier {dossierNumber}.");
        return invoice;
    }

    /// <summary>
    /// One draft holding the lines of several drafts of one customer, each group under a title line naming its
    /// origin; the history keeps the origins (the originals are deleted by the caller).
    /// </summary>
    public static Invoice Merge(IReadOnlyList<Invoice> drafts, string proformaNumber, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Count < 2)
        {
            throw new DomainException("merge.too_few", "Choisissez au moins deux brouillons à fusionner.", "InvoiceIds");
        }

        foreach (var draft in drafts)
        {
            draft.EnsureAllowed(InvoiceAction.Edit, "fusionné");
            if (draft.Kind != InvoiceKind.Invoice)
            {
                throw DomainException.Conflict("merge.not_invoice", $"{draft.DisplayNumber} est un avoir : seules des factures brouillons peuvent être fusionnées.");
            }
        }

        var first = drafts[0];
        if (drafts.Any(d => d.CustomerId != first.CustomerId))
        {
            throw DomainException.Conflict("merge.customers", "Les brouillons à fusionner doivent être du même client.");
        }

        var lines = drafts.SelectMany(d =>
            d.Lines.OrderBy(l => l.Position).Select(l => l.ToDetails())
                .Prepend(new LineDetails(LineKind.Section, $"Brouillon {d.ProformaNumber}" + (d.CustomerReference is { } reference ? $" (réf. {reference})" : string.Empty), 0, null, 0, 0, null)));
        var header = new InvoiceHeader(first.CustomerId, first.BillingContactId, null, first.DeliveryDate, first.DeliveryPeriodEnd, null, first.PaymentTermsDays ?? 30, first.CustomerReference, first.Currency, first.PublicNote, first.PrivateNote, first.QuebecTaxRegistration, DeliveryAddress: first.DeliveryAddress, ActivityId: drafts.All(d => d.ActivityId == first.ActivityId) ? first.ActivityId : null);
        var sameType = drafts.All(d => d.Type == first.Type) ? first.Type : InvoiceType.Standard;
        var merged = CreateDraft(InvoiceKind.Invoice, sameType, header, lines, proformaNumber, actor, nowUtc);
        merged.DossierId = drafts.All(d => d.DossierId == first.DossierId) ? first.DossierId : null;
        merged.Record(nowUtc, actor, "merged", $"Fusion des brouillons {string.Join(", ", drafts.Select(d => d.ProformaNumber))}.");
        return merged;
    }
}
