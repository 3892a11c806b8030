using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Statements;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Payments;

/// <summary>
/// Payments for a selection of documents: one per customer, of the sum of its selected open invoices minus its
/// selected credit notes. Each customer is settled in its own transaction: the credit notes are applied to the
/// invoices (oldest due first), then one payment is allocated to what they leave, through the same aggregates
/// and audit events as a single payment. Unissued, settled or exhausted documents are skipped and listed.
/// </summary>
public sealed class BulkPaymentService(FacturationDb db, IBusinessClock clock, AuditJournal journal)
{
    private static readonly BulkPaymentInputValidator Validator = new();

    public async Task<BulkPaymentPlan> PlanAsync(IReadOnlyCollection<int> invoiceIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoiceIds);
        var ids = invoiceIds.Distinct().Take(BulkSelection.MaxDocuments).ToList();
        var documents = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        return await PlanAsync(ids, documents, ct);
    }

    public async Task<BulkPaymentResult> RecordAsync(BulkPaymentInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if ((await Validator.ValidateAsync(input, ct)).Errors is [var error, ..])
        {
            throw new DomainException("payment.invalid", error.ErrorMessage, error.PropertyName);
        }

        var ids = input.InvoiceIds.Distinct().ToList();
        var documents = await db.Invoices.Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var plan = await PlanAsync(ids, documents, ct);
        if (plan.Customers.Count == 0)
        {
            throw new DomainException("payment.nothing_open", "Aucun des documents sélectionnés n'attend de règlement.", nameof(BulkPaymentInput.InvoiceIds));
        }

        if (input.Amount is not null && plan.Customers.Count > 1)
        {
            throw new DomainException("payment.amount_several_customers", "Un montant ne se saisit que pour un seul client : laissez-le vide pour régler chaque client du total dû.", nameof(BulkPaymentInput.Amount));
        }

        var payments = new List<Payment>();
        var applications = new List<CreditApplication>();
        foreach (var customer in plan.Customers)
        {
            var (payment, applied) = await SettleAsync(customer, input, actor, ct);
            applications.AddRange(applied);
            if (payment is not null)
            {
                payments.Add(payment);
            }
        }

        return new BulkPaymentResult(payments, applications, plan.Skipped);
    }

    private async Task<(Payment? Payment, List<CreditApplication> Applied)> SettleAsync(CustomerPaymentPlan plan, BulkPaymentInput input, Actor actor, CancellationToken ct)
    {
        var amount = input.Amount ?? plan.Amount;
        if (amount > plan.Amount)
        {
            throw new DomainException("payment.amount_above_due", $"Le montant dépasse ce que doit {plan.CustomerName} sur la sélection ({Payment.Format(plan.Amount)}).", nameof(BulkPaymentInput.Amount));
        }

        var now = clock.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var applied = new List<CreditApplication>();
        foreach (var creditNote in plan.CreditNotes)
        {
            foreach (var invoice in plan.Invoices.Where(i => i.Remaining > 0))
            {
                var part = Math.Min(creditNote.Remaining, invoice.Remaining);
                if (part <= 0)
                {
                    break;
                }

                var application = CreditApplication.Apply(creditNote, invoice, part, input.Date!.Value, actor, now);
                db.CreditApplications.Add(application);
                applied.Add(application);
            }
        }

        var open = plan.Invoices.Where(i => i.Remaining > 0).ToList();
        var spread = PaymentService.SpreadOldestFirst(open, amount);
        var allocations = open.Zip(spread).Where(a => a.Second > 0).Select(a => (a.First, a.Second)).ToList();
        var payment = allocations.Count == 0
            ? null
            : Payment.Receive(plan.CustomerId, new PaymentDetails(input.Date!.Value, amount, input.Method!.Value, input.Reference, input.BankAccount), allocations, actor, now);
        if (payment is not null)
        {
            db.Payments.Add(payment);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw DomainException.Conflict("settlement.concurrent", $"Un document de {plan.CustomerName} vient d'être réglé par ailleurs : rechargez la page et recommencez.");
        }

        foreach (var application in applied)
        {
            var creditNote = plan.CreditNotes.Single(c => c.Id == application.CreditNoteId);
            var invoice = plan.Invoices.Single(i => i.Id == application.InvoiceId);
            await journal.AppendAsync(AuditEvents.CreditApplied, actor, AuditPayloads.Numbers([creditNote, invoice]), AuditPayloads.CreditApplied(application, creditNote, invoice), ct);
        }

        if (payment is not null)
        {
            await journal.AppendAsync(AuditEvents.PaymentRecorded, actor, AuditPayloads.Numbers(plan.Invoices), AuditPayloads.Payment(payment, plan.Invoices), ct);
        }

        await transaction.CommitAsync(ct);
        return (payment, applied);
    }

    private async Task<BulkPaymentPlan> PlanAsync(List<int> ids, List<Invoice> documents, CancellationToken ct)
    {
        var skipped = ids.Where(id => documents.All(d => d.Id != id)).Select(id => new SkippedDocument(id, null, "Document introuvable.")).ToList();
        var payable = new List<Invoice>();
        foreach (var document in documents)
        {
            if (SkipReason(document) is { } reason)
            {
                skipped.Add(new SkippedDocument(document.Id, document.DisplayNumber, reason));
            }
            else
            {
                payable.Add(document);
            }
        }

        var customerIds = payable.Select(d => d.CustomerId).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var customers = new List<CustomerPaymentPlan>();
        foreach (var group in payable.GroupBy(d => d.CustomerId).OrderBy(g => names[g.Key], StringComparer.CurrentCulture))
        {
            var plan = new CustomerPaymentPlan(
                group.Key,
                names[group.Key],
                [.. group.Where(d => d.Kind == InvoiceKind.Invoice).OrderBy(d => d.DueDate).ThenBy(d => d.IssueDate).ThenBy(d => d.Id)],
                [.. group.Where(d => d.Kind == InvoiceKind.CreditNote).OrderBy(d => d.IssueDate).ThenBy(d => d.Id)]);
            if (plan.Invoices.Count == 0 || plan.Amount < 0)
            {
                var reason = plan.Invoices.Count == 0
                    ? "Aucune facture ouverte de ce client n'est sélectionnée : un avoir se rembourse ou s'impute depuis sa page."
                    : $"Les avoirs sélectionnés de {plan.CustomerName} dépassent ses factures : imputez-les depuis la page de l'avoir.";
                skipped.AddRange(group.Select(d => new SkippedDocument(d.Id, d.DisplayNumber, reason)));
                continue;
            }

            customers.Add(plan);
        }

        return new BulkPaymentPlan(customers, skipped);
    }

    private static string? SkipReason(Invoice document) => document switch
    {
        { IsDraft: true } => $"{document.DisplayNumber} n'est pas émis.",
        { Kind: InvoiceKind.Invoice, IsOpen: false } or { Kind: InvoiceKind.Invoice, Remaining: <= 0 } => $"{document.DisplayNumber} est au statut {document.Status} : rien à régler.",
        { Kind: InvoiceKind.CreditNote, HasCreditLeft: false } => $"L'avoir {document.DisplayNumber} n'a plus de crédit disponible.",
        _ => null,
    };
}
