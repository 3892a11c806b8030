using System.Globalization;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Payments;

/// <summary>
/// Money received from one customer and spread over some of their open invoices, or money paid back to refund a
/// credit note. The payment total always equals its allocations, and each document refuses more than it has left.
/// </summary>
public sealed class Payment : IPaymentJournalKey
{
    private readonly List<PaymentAllocation> _allocations = [];

    private Payment()
    {
    }

    public int Id { get; private set; }

    public int CustomerId { get; private set; }

    public PaymentDirection Direction { get; private set; }

    public DateOnly Date { get; private set; }

    public decimal Amount { get; private set; }

    public PaymentMethod Method { get; private set; }

    public string? Reference { get; private set; }

    public string? BankAccount { get; private set; }

    public string? Note { get; private set; }

    public string CreatedById { get; private set; } = string.Empty;

    public string CreatedByName { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public PaymentStatus Status { get; private set; } = PaymentStatus.Recorded;

    public DateTime? VoidedAtUtc { get; private set; }

    public string? VoidedById { get; private set; }

    public string? VoidedByName { get; private set; }

    public string? VoidReason { get; private set; }

    public IReadOnlyList<PaymentAllocation> Allocations => _allocations;

    /// <summary>Records a payment received and settles each allocated invoice; <paramref name="allocations"/> is in input order (for field errors).</summary>
    public static Payment Receive(int customerId, PaymentDetails details, IReadOnlyList<(Invoice Invoice, decimal Amount)> allocations, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        var payment = Create(customerId, PaymentDirection.Received, details, actor, nowUtc);
        if (allocations.Count == 0)
        {
            throw new DomainException("payment.no_allocation", "Imputez le règlement sur au moins une facture.", "Allocations");
        }

        var label = payment.Label;
        for (var i = 0; i < allocations.Count; i++)
        {
            var (invoice, amount) = allocations[i];
            var field = $"Allocations[{i}].";
            if (invoice.CustomerId != customerId)
            {
                throw new DomainException("payment.other_customer", $"La facture {invoice.DisplayNumber} n'est pas de ce client.", field + "InvoiceId");
            }

            if (allocations.Take(i).Any(a => ReferenceEquals(a.Invoice, invoice)))
            {
                throw new DomainException("payment.duplicate_invoice", $"La facture {invoice.DisplayNumber} est imputée deux fois.", field + "InvoiceId");
            }

            invoice.ReceivePayment(amount, label, field + "Amount", actor, nowUtc);
            payment._allocations.Add(new PaymentAllocation(invoice.Id, amount));
        }

        var allocated = allocations.Sum(a => a.Amount);
        if (allocated != payment.Amount)
        {
            throw new DomainException(
                "payment.unbalanced",
                $"Le montant du règlement ({Format(payment.Amount)}) doit être égal au total imputé ({Format(allocated)}).",
                nameof(Amount));
        }

        return payment;
    }

    /// <summary>Pays back (part of) the remaining credit of an issued credit note.</summary>
    public static Payment Refund(Invoice creditNote, PaymentDetails details, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(creditNote);
        var payment = Create(creditNote.CustomerId, PaymentDirection.Refund, details, actor, nowUtc);
        creditNote.Refund(payment.Amount, payment.Label, actor, nowUtc);
        payment._allocations.Add(new PaymentAllocation(creditNote.Id, payment.Amount));
        return payment;
    }

    /// <summary>
    /// Voids the payment: every document it settled gives the amount back and records why. The payment itself stays,
    /// with who voided it, when and why (a payment is never deleted); voiding twice is refused.
    /// </summary>
    public void Void(IReadOnlyList<Invoice> documents, string? reason, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(actor);
        if (Status == PaymentStatus.Voided)
        {
            throw DomainException.Conflict("payment.already_voided", $"Ce règlement a déjà été annulé par {VoidedByName} : {VoidReason}");
        }

        var why = Require.Text(reason, "Reason", "Le motif d'annulation", 500);
        foreach (var allocation in _allocations)
        {
            var document = documents.Single(d => d.Id == allocation.InvoiceId);
            document.ReversePayment(allocation.Amount, Label, why, actor, nowUtc);
        }

        (Status, VoidedAtUtc, VoidedById, VoidedByName, VoidReason) = (PaymentStatus.Voided, nowUtc, actor.UserId, actor.UserName, why);
    }

    private string Label => $"{(Direction == PaymentDirection.Refund ? "Remboursement" : "Règlement")} de {Format(Amount)} du {Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    private static Payment Create(int customerId, PaymentDirection direction, PaymentDetails details, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (details.Amount <= 0)
        {
            throw new DomainException("payment.amount", "Le montant doit être supérieur à zéro.", nameof(Amount));
        }

        if (Money.Round(details.Amount) != details.Amount)
        {
            throw new DomainException("payment.amount_scale", "Le montant a au plus 2 décimales.", nameof(Amount));
        }

        return new Payment
        {
            CustomerId = customerId,
            Direction = direction,
            Date = details.Date,
            Amount = details.Amount,
            Method = details.Method,
            Reference = Require.OptionalText(details.Reference, nameof(Reference), "La référence", 100),
            BankAccount = Require.OptionalText(details.BankAccount, nameof(BankAccount), "Le compte bancaire", 100),
            Note = Require.OptionalText(details.Note, nameof(Note), "La note", 1000),
            CreatedById = actor.UserId,
            CreatedByName = actor.UserName,
            CreatedAtUtc = nowUtc,
        };
    }

    public static string Format(decimal amount) => amount.ToString("N2", CultureInfo.GetCultureInfo("fr-FR"));
}
