using Facturation.Application.Payments;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Payments;

/// <summary>What the invoice view shows after issue: amounts, payments, linked corrections, and the actions allowed.</summary>
public sealed record SettlementViewModel(
    Invoice Document,
    IReadOnlyList<Settlement> Settlements,
    IReadOnlyList<Invoice> Corrections,
    DateOnly Today,
    bool CanRecordPayments,
    bool CanBill)
{
    private const string NoPaymentRight = "Action réservée aux comptables et responsables de facturation.";
    private const string NoBillRight = "Action réservée aux responsables de facturation.";

    public bool IsOverdue => Document.IsOverdue(Today);

    public string? PaymentRefusal => CanRecordPayments ? Document.PaymentRefusal : NoPaymentRight;

    public string? CreditNoteRefusal => CanBill ? Document.CreditNoteRefusal : NoBillRight;

    public string? CancellationRefusal => CanBill ? Document.CancellationRefusal : NoBillRight;

    public string? ReplacementRefusal => CanBill ? Document.ReplacementRefusal : NoBillRight;

    public string? PenaltyRefusal => CanBill ? Document.PenaltyRefusal(Today) : NoBillRight;

    public string? CreditUseRefusal =>
        !CanRecordPayments ? NoPaymentRight
        : Document.HasCreditLeft ? null
        : $"Avoir {Document.DisplayNumber} au statut {Document.Status} : aucun crédit restant à imputer ou rembourser.";

    public string? DisputeRefusal =>
        !CanRecordPayments ? NoPaymentRight
        : Document.Status == InvoiceStatus.Paid ? null
        : $"Facture au statut {Document.Status} : seule une facture payée peut être mise en litige.";
}
