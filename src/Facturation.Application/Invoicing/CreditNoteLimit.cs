using Facturation.Application.Data;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing;

/// <summary>
/// "A credit note never exceeds what it corrects, counting earlier credit notes": checked when a credit note is
/// drafted from an invoice and again when it is finalized (other credit notes may have been issued meanwhile).
/// </summary>
public static class CreditNoteLimit
{
    public static async Task EnsureAsync(FacturationDb db, Invoice creditNote, string? field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(creditNote);
        if (creditNote.Kind != InvoiceKind.CreditNote || creditNote.OriginInvoiceId is not { } originId)
        {
            return;
        }

        var corrected = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == originId, ct);
        if (corrected.Kind != InvoiceKind.Invoice)
        {
            return;
        }

        // Drafts may never be issued and cancelled credit notes no longer credit anything.
        var earlier = await db.Invoices.AsNoTracking()
            .Where(i => i.OriginInvoiceId == originId && i.Kind == InvoiceKind.CreditNote && i.Id != creditNote.Id
                && i.Status != InvoiceStatus.Draft && i.Status != InvoiceStatus.Cancelled)
            .Select(i => i.TotalGross).ToListAsync(ct);
        creditNote.EnsureWithinCorrected(corrected, earlier.Sum(), field);
    }
}
