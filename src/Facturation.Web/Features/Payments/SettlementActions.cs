using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Payments;

/// <summary>The irreversible actions of a settlement row (ADR-029), the same for the dialog and the confirmation page.</summary>
public static class SettlementActions
{
    public static MenuAction VoidPayment(IUrlHelper url, int paymentId, int? returnTo) => new(
        "Annuler le règlement", "void-payment", url.To<PaymentsController>(nameof(PaymentsController.Void), new { id = paymentId, returnTo }), Post: true, Danger: true,
        Confirm: new ConfirmStep(
            "Annuler le règlement ?",
            "Le règlement reste visible, barré, avec son motif ; les montants qu'il réglait redeviennent dus. Irréversible.",
            "Annuler le règlement",
            "Motif d'annulation du règlement"),
        ConfirmPageUrl: url.To<PaymentsController>(nameof(PaymentsController.ConfirmVoid), new { id = paymentId, returnTo }),
        Key: $"void-payment-{paymentId}");

    public static MenuAction ReverseCredit(IUrlHelper url, int creditNoteId, int applicationId, int? returnTo) => new(
        "Annuler l'imputation", "reverse-credit", url.To<PaymentsController>(nameof(PaymentsController.ReverseCredit), new { id = creditNoteId, applicationId, returnTo }), Post: true, Danger: true,
        Confirm: new ConfirmStep(
            "Annuler l'imputation de l'avoir ?",
            "La facture redevient due du montant imputé et l'avoir retrouve ce crédit. Irréversible.",
            "Annuler l'imputation",
            "Motif d'annulation de l'imputation"),
        ConfirmPageUrl: url.To<PaymentsController>(nameof(PaymentsController.ConfirmReverseCredit), new { id = creditNoteId, applicationId, returnTo }),
        Key: $"reverse-credit-{applicationId}");
}
