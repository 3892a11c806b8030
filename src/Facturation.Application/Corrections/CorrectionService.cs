using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Data.Sqlite;
using Facturation.Application.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Corrections;

/// <summary>
/// Corrections of issued documents: credit notes drafted from an invoice, cancellation (with its counterpart
/// document issued in the same transaction), replacement and late-payment penalty drafts.
/// </summary>
public sealed class CorrectionService(FacturationDb db, InvoiceService invoices, IBusinessClock clock, AuditJournal journal)
{
    public async Task<Invoice> CreateCreditNoteAsync(int invoiceId, CreditNoteInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var invoice = await FindAsync(invoiceId, ct);
        var lines = input.Lines?.Where(l => l.Quantity is not (null or 0)).Select(l => (l.Position, l.Quantity!.Value)).ToList();
        using var gate = await SqliteWriterGate.EnterAsync(db.Database, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var creditNote = invoice.CreateCreditNote(input.Type ?? InvoiceType.Corrective, lines, input.Amount, await invoices.NextProformaNumberAsync(ct), actor, Now);
        await CreditNoteLimit.EnsureAsync(db, creditNote, lines is { Count: > 0 } ? "Lines" : input.Amount is null ? null : "Amount", ct);
        db.Invoices.Add(creditNote);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return creditNote;
    }

    /// <summary>Cancels an issued, unsettled document: its counterpart is drafted, numbered and linked in ONE transaction.</summary>
    public async Task<(Invoice Cancelled, Invoice Counterpart)> CancelAsync(int id, string? reason, Actor actor, CancellationToken ct)
    {
        using var gate = await SqliteWriterGate.EnterAsync(db.Database, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var document = await FindAsync(id, ct);
        if (document.CancellationRefusal is null && document.Kind == InvoiceKind.Invoice && await HasIssuedCreditNotesAsync(id, ct))
        {
            throw DomainException.Conflict("invoice.cancel_credited", $"La facture {document.DisplayNumber} a déjà des avoirs émis : annulez-la par un avoir du reste ou remboursez.");
        }

        var counterpart = document.StartCancellation(reason, await invoices.NextProformaNumberAsync(ct), actor, Now);
        db.Invoices.Add(counterpart);
        await db.SaveChangesAsync(ct);
        await invoices.FinalizeAsync(counterpart.Id, actor, ct);
        document.CompleteCancellation(counterpart, actor, Now);
        await db.SaveChangesAsync(ct);
        await journal.AppendAsync(AuditEvents.InvoiceCancelled, actor, document.DisplayNumber, AuditPayloads.Cancelled(document, counterpart, reason), ct);
        await transaction.CommitAsync(ct);
        return (document, counterpart);
    }

    public async Task<Invoice> ReplaceAsync(int id, string? reason, Actor actor, CancellationToken ct)
    {
        using var gate = await SqliteWriterGate.EnterAsync(db.Database, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var original = await FindAsync(id, ct);
        var replacement = original.Replace(reason, await invoices.NextProformaNumberAsync(ct), actor, Now);
        db.Invoices.Add(replacement);
        await db.SaveChangesAsync(ct);
        original.LinkReplacement(replacement);
        await db.SaveChangesAsync(ct);
        await journal.AppendAsync(AuditEvents.InvoiceReplaced, actor, original.DisplayNumber, AuditPayloads.Replaced(original, replacement, reason), ct);
        await transaction.CommitAsync(ct);
        return replacement;
    }

    /// <summary>A Penalty draft for an overdue invoice, at the company's rate; the 40 € indemnity for French business customers.</summary>
    public async Task<Invoice> CreatePenaltyAsync(int id, Actor actor, CancellationToken ct)
    {
        var invoice = await FindAsync(id, ct);
        var rate = await db.Companies.Select(c => c.LatePaymentPenaltyRate).FirstAsync(ct);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == invoice.CustomerId, ct);
        var indemnity = customer.OwesRecoveryIndemnity;

        // Penalties are outside the scope of VAT: a 0 % tax code when there is one, else the user picks one on the draft.
        var zeroRated = (await db.TaxCodes.AsNoTracking().Where(t => t.Active).ToListAsync(ct))
            .FirstOrDefault(t => t.Components.All(c => c.Rate == 0));
        using var gate = await SqliteWriterGate.EnterAsync(db.Database, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var penalty = invoice.CreatePenalty(Today, rate, indemnity, zeroRated is null ? null : LineTax.From(zeroRated), await invoices.NextProformaNumberAsync(ct), actor, Now);
        db.Invoices.Add(penalty);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return penalty;
    }

    /// <summary>Credit notes drafted or issued from one invoice (shown on it, and by the PDF of each credit note).</summary>
    public async Task<IReadOnlyList<Invoice>> CorrectionsOfAsync(int invoiceId, CancellationToken ct) =>
        await db.Invoices.AsNoTracking().Where(i => i.OriginInvoiceId == invoiceId).OrderBy(i => i.Id).ToListAsync(ct);

    private DateTime Now => clock.UtcNow;

    private DateOnly Today => clock.Today;

    private Task<bool> HasIssuedCreditNotesAsync(int id, CancellationToken ct) =>
        db.Invoices.AnyAsync(i => i.OriginInvoiceId == id && i.Kind == InvoiceKind.CreditNote && i.Status != InvoiceStatus.Draft && i.Status != InvoiceStatus.Cancelled, ct);

    private async Task<Invoice> FindAsync(int id, CancellationToken ct) =>
        await db.Invoices.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw DomainException.NotFound("invoice", "Document", id);
}
