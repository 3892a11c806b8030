using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.Payments;

/// <summary>The irreversible actions of a settlement row (ADR-029), the same for the dialog and the confirmation page.</summary>
public static class SettlementActions
{
    public static MenuAction VoidPayment(int paymentId, int? returnTo) => new(
        "Annuler le règlement", "void-payment", $"/Payments/Void/{paymentId}{ReturnQuery(returnTo, '?')}", Post: true, Danger: true,
        Confirm: new ConfirmStep(
            "Annuler le règlement ?",
            "Le règlement reste visible, barré, avec son motif ; les montants qu'il réglait redeviennent dus. Irréversible.",
            "Annuler le règlement",
            "Motif d'annulation du règlement"),
        ConfirmPageUrl: $"/Payments/ConfirmVoid/{paymentId}{ReturnQuery(returnTo, '?')}",
        Key: $"void-payment-{paymentId}");

    public static MenuAction ReverseCredit(int creditNoteId, int applicationId, int? returnTo) => new(
        "Annuler l'imputation", "reverse-credit", $"/Payments/ReverseCredit/{creditNoteId}?applicationId={applicationId}{ReturnQuery(returnTo, '&')}", Post: true, Danger: true,
        Confirm: new ConfirmStep(
            "Annuler l'imputation de l'avoir ?",
            "La facture redevient due du montant imputé et l'avoir retrouve ce crédit. Irréversible.",
            "Annuler l'imputation",
            "Motif d'annulation de l'imputation"),
        ConfirmPageUrl: $"/Payments/ConfirmReverseCredit/{creditNoteId}?applicationId={applicationId}{ReturnQuery(returnTo, '&')}",
        Key: $"reverse-credit-{applicationId}");

    private static string ReturnQuery(int? returnTo, char separator) => returnTo is { } id ? $"{separator}returnTo={id}" : string.Empty;
}
