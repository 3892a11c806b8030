using Facturation.Domain.Payments;

namespace Facturation.Application.Payments.Journal;

/// <summary>One payment or refund of the journal, with its customer and, for a cheque paid in, its remittance slip.</summary>
public sealed record PaymentJournalRow(
    int Id,
    DateOnly Date,
    PaymentDirection Direction,
    PaymentMethod Method,
    decimal Amount,
    string? Reference,
    string? BankAccount,
    int CustomerId,
    string CustomerCode,
    string CustomerName,
    PaymentStatus Status,
    int? RemittanceId)
{
    public string? RemittanceNumber => RemittanceId is { } id ? ChequeRemittance.NumberOf(id) : null;

    /// <summary>A received, recorded cheque not yet on a slip: it can be selected for one.</summary>
    public bool CanBeRemitted => Method == PaymentMethod.Cheque && Direction == PaymentDirection.Received && Status == PaymentStatus.Recorded && RemittanceId is null;
}
