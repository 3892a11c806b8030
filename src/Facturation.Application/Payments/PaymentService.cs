using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Payments;

/// <summary>
/// Payments received (spread over open invoices), refunds of credit notes, credit notes applied to invoices, and
/// payment incidents. Each use case changes the documents through their verbs and saves once: all or nothing.
/// </summary>
public sealed class PaymentService(FacturationDb db, IBusinessClock clock, AuditJournal journal)
{
    public async Task<Payment> GetAsync(int id, CancellationToken ct) =>
        await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("payment", "Règlement", id);

    /// <summary>Records a payment and settles the allocated invoices; zero allocations are ignored (an untouched row of the form).</summary>
    public async Task<Payment> ReceiveAsync(PaymentInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var customerId = input.CustomerId ?? throw new DomainException("field.required", "Choisissez un client.", nameof(input.CustomerId));
        var allocations = input.Allocations.Select((a, index) => (a.InvoiceId, Amount: a.Amount ?? 0m, Index: index)).Where(a => a.Amount != 0).ToList();
        var ids = allocations.Select(a => a.InvoiceId).Distinct().ToList();
        var invoices = await db.Invoices.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var resolved = allocations.Select(a => (
            invoices.GetValueOrDefault(a.InvoiceId)
                ?? throw new DomainException("invoice.not_found", $"Facture {a.InvoiceId} introuvable.", $"Allocations[{a.Index}].InvoiceId"),
            a.Amount)).ToList();
        var notPaid = InvoicePaidAudit.NotPaid(invoices.Values);
        var payment = Payment.Receive(customerId, Details(input.Date, input.Amount, input.Method, input.Reference, input.BankAccount, input.Note), resolved, actor, Now);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Payments.Add(payment);
        await SaveAsync(ct);
        await journal.AppendAsync(AuditEvents.PaymentRecorded, actor, AuditPayloads.Numbers(invoices.Values), AuditPayloads.Payment(payment, invoices.Values), ct);
        await journal.AppendNewlyPaidAsync(notPaid, actor, "paymentId", payment.Id, ct);
        await transaction.CommitAsync(ct);
        return payment;
    }

    /// <summary>
    /// Voids a payment or refund (it is never deleted): the documents it settled go back to their previous status and
    /// record why, in the same transaction.
    /// </summary>
    public async Task<Payment> VoidAsync(int id, string? reason, Actor actor, CancellationToken ct)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("payment", "Règlement", id);
        var ids = payment.Allocations.Select(a => a.InvoiceId).ToList();
        var documents = await db.Invoices.Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        payment.Void(documents, reason, actor, Now);
        await SaveAsync(ct);
        await journal.AppendAsync(AuditEvents.PaymentVoided, actor, AuditPayloads.Numbers(documents), AuditPayloads.Payment(payment, documents, reason ?? string.Empty), ct);
        await transaction.CommitAsync(ct);
        return payment;
    }

    public async Task<Payment> RefundAsync(int creditNoteId, RefundInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var creditNote = await FindAsync(creditNoteId, ct);
        if (creditNote.Kind != InvoiceKind.CreditNote)
        {
            throw DomainException.Conflict("refund.not_credit_note", $"{creditNote.DisplayNumber} n'est pas un avoir : seul un avoir se rembourse.");
        }

        var payment = Payment.Refund(creditNote, Details(input.Date, input.Amount, input.Method, input.Reference, null, null), actor, Now);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Payments.Add(payment);
        await SaveAsync(ct);
        await journal.AppendAsync(AuditEvents.CreditRefunded, actor, creditNote.DisplayNumber, AuditPayloads.Payment(payment, [creditNote]), ct);
        await transaction.CommitAsync(ct);
        return payment;
    }

    public async Task<CreditApplication> ApplyCreditAsync(int creditNoteId, CreditApplicationInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var creditNote = await FindAsync(creditNoteId, ct);
        var invoiceId = input.InvoiceId ?? throw new DomainException("field.required", "Choisissez une facture.", nameof(input.InvoiceId));
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, ct)
            ?? throw new DomainException("invoice.not_found", $"Facture {invoiceId} introuvable.", nameof(input.InvoiceId));
        if (creditNote.Kind != InvoiceKind.CreditNote || invoice.Kind != InvoiceKind.Invoice)
        {
            throw DomainException.Conflict("credit.kinds", "Un avoir s'impute sur une facture.");
        }

        var notPaid = InvoicePaidAudit.NotPaid([invoice]);
        var application = CreditApplication.Apply(creditNote, invoice, input.Amount ?? 0m, Today, actor, Now);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.CreditApplications.Add(application);
        await SaveAsync(ct);
        await journal.AppendAsync(AuditEvents.CreditApplied, actor, AuditPayloads.Numbers([creditNote, invoice]), AuditPayloads.CreditApplied(application, creditNote, invoice), ct);
        await journal.AppendNewlyPaidAsync(notPaid, actor, "creditApplicationId", application.Id, ct);
        await transaction.CommitAsync(ct);
        return application;
    }

    /// <summary>Undoes a credit note's application with a recorded reversal; both documents get the amount back.</summary>
    public async Task<CreditApplication> ReverseCreditApplicationAsync(int creditNoteId, int applicationId, string? reason, Actor actor, CancellationToken ct)
    {
        var application = await db.CreditApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.CreditNoteId == creditNoteId, ct)
            ?? throw DomainException.NotFound("credit_application", "Imputation d'avoir", applicationId);
        var creditNote = await FindAsync(application.CreditNoteId, ct);
        var invoice = await FindAsync(application.InvoiceId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        application.Reverse(creditNote, invoice, reason, actor, Now);
        await SaveAsync(ct);
        await journal.AppendAsync(AuditEvents.CreditReversed, actor, AuditPayloads.Numbers([creditNote, invoice]), AuditPayloads.CreditReversed(application, creditNote, invoice, reason ?? string.Empty), ct);
        await transaction.CommitAsync(ct);
        return application;
    }

    public async Task<Invoice> MarkDisputedAsync(int id, string? reason, Actor actor, CancellationToken ct)
    {
        var invoice = await FindAsync(id, ct);
        invoice.MarkDisputed(reason, actor, Now);
        await SaveAsync(ct);
        return invoice;
    }

    public async Task<Invoice> ResolveDisputeAsync(int id, Actor actor, CancellationToken ct)
    {
        var invoice = await FindAsync(id, ct);
        invoice.ResolveDispute(actor, Now);
        await SaveAsync(ct);
        return invoice;
    }

    /// <summary>Payments, refunds and credit notes applied to one document, oldest first.</summary>
    public async Task<IReadOnlyList<Settlement>> SettlementsOfAsync(int documentId, CancellationToken ct)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => p.Allocations.Any(a => a.InvoiceId == documentId)).ToListAsync(ct);
        var credits = await db.CreditApplications.AsNoTracking().Where(a => a.InvoiceId == documentId || a.CreditNoteId == documentId).ToListAsync(ct);
        var otherIds = credits.Select(c => c.InvoiceId == documentId ? c.CreditNoteId : c.InvoiceId).ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => otherIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number ?? i.ProformaNumber, ct);
        return payments
            .Select(p => new Settlement(p.Id, p.Date, p.Allocations.Where(a => a.InvoiceId == documentId).Sum(a => a.Amount), p.Method, p.Direction, p.Reference, null, null, p.Amount)
            {
                Voided = p.Status == PaymentStatus.Voided ? new SettlementVoid(p.VoidedAtUtc!.Value, p.VoidedByName!, p.VoidReason!) : null,
            })
            .Concat(credits.Select(c =>
            {
                var other = c.InvoiceId == documentId ? c.CreditNoteId : c.InvoiceId;
                return new Settlement(null, c.Date, c.Amount, null, null, null, other, numbers.GetValueOrDefault(other), null)
                {
                    CreditApplicationId = c.Id,
                    CreditNoteId = c.CreditNoteId,
                    Voided = c.IsReversed ? new SettlementVoid(c.ReversedAtUtc!.Value, c.ReversedByName!, c.ReversalReason!) : null,
                };
            }))
            .OrderBy(s => s.Date).ThenBy(s => s.PaymentId)
            .ToList();
    }

    /// <summary>The customer's latest payments and refunds, voided ones included (they stay listed, struck through).</summary>
    public async Task<IReadOnlyList<Payment>> RecentPaymentsAsync(int customerId, int count, CancellationToken ct) =>
        await db.Payments.AsNoTracking().Where(p => p.CustomerId == customerId).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).Take(count).ToListAsync(ct);

    /// <summary>The customer's invoices that still expect money, oldest due first: the default order of allocation.</summary>
    public async Task<IReadOnlyList<Invoice>> OpenInvoicesAsync(int customerId, CancellationToken ct)
    {
        var open = await db.Invoices.AsNoTracking()
            .Where(i => i.CustomerId == customerId && i.Kind == InvoiceKind.Invoice
                && (i.Status == InvoiceStatus.Final || i.Status == InvoiceStatus.Sent || i.Status == InvoiceStatus.PartiallyPaid))
            .ToListAsync(ct);
        return open.Where(i => i.Remaining > 0).OrderBy(i => i.DueDate).ThenBy(i => i.IssueDate).ThenBy(i => i.Id).ToList();
    }

    /// <summary>Issued credit notes of the customer with credit left to apply or refund.</summary>
    public async Task<IReadOnlyList<Invoice>> CreditNotesWithCreditAsync(int customerId, CancellationToken ct)
    {
        var notes = await db.Invoices.AsNoTracking()
            .Where(i => i.CustomerId == customerId && i.Kind == InvoiceKind.CreditNote && (i.Status == InvoiceStatus.Final || i.Status == InvoiceStatus.Sent))
            .ToListAsync(ct);
        return notes.Where(n => n.HasCreditLeft).OrderBy(n => n.IssueDate).ThenBy(n => n.Id).ToList();
    }

    /// <summary>Spreads <paramref name="amount"/> over the open invoices, oldest first (the form's default).</summary>
    public static IReadOnlyList<decimal> SpreadOldestFirst(IEnumerable<Invoice> open, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(open);
        var left = amount;
        var spread = new List<decimal>();
        foreach (var invoice in open)
        {
            var part = Math.Clamp(left, 0, invoice.Remaining);
            spread.Add(part);
            left -= part;
        }

        return spread;
    }

    private DateTime Now => clock.UtcNow;

    private DateOnly Today => clock.Today;

    private static PaymentDetails Details(DateOnly? date, decimal? amount, PaymentMethod? method, string? reference, string? bankAccount, string? note) =>
        new(
            date ?? throw new DomainException("field.required", "Indiquez la date.", "Date"),
            amount ?? throw new DomainException("field.required", "Indiquez le montant.", "Amount"),
            method ?? throw new DomainException("field.required", "Choisissez un mode de règlement.", "Method"),
            reference,
            bankAccount,
            note);

    private async Task<Invoice> FindAsync(int id, CancellationToken ct) =>
        await db.Invoices.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw DomainException.NotFound("invoice", "Document", id);

    /// <summary>The settled amounts are concurrency tokens: a payment that raced another on the same document is refused, not doubled.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw DomainException.Conflict("settlement.concurrent", "Ce document vient d'être réglé par ailleurs : rechargez la page et recommencez.");
        }
    }
}
