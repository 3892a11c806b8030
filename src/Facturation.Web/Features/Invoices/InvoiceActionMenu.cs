using Facturation.Domain.Invoicing;
using Facturation.Web.Features.Corrections;
using Facturation.Web.Features.InvoiceMail;
using Facturation.Web.Features.MailSettings;
using Facturation.Web.Features.Payments;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// The Actions menu of the document page (invoice or credit note), built from <see cref="InvoiceLifecycle"/>: a verb
/// the status forbids is absent; a verb the status allows but the amounts or the user's rights refuse is absent too,
/// with its reason under the menu. The server refuses all of them anyway.
/// </summary>
public static class InvoiceActionMenu
{
    /// <summary>Shown when the document has left the draft stage: why there is no "Modifier" any more.</summary>
    public const string FrozenHelp = "Document émis : modification impossible, établissez un avoir.";

    public static ActionMenu For(Invoice invoice, InvoiceActionRights rights, DateOnly today, string? smtpProblem, IUrlHelper url)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(url);
        var id = invoice.Id;
        var isInvoice = invoice.Kind == InvoiceKind.Invoice;
        var actions = new List<MenuAction>();
        var help = new List<ActionHelp>();
        bool Allowed(InvoiceAction action) => InvoiceLifecycle.Allows(invoice.Kind, invoice.Status, action);
        string ConfirmPage(string testId) => url.To<InvoicesController>(nameof(InvoicesController.Confirm), new { id, verb = testId });

        // Offered when the status allows it and the user may; else, if the status allows it, say why it is absent.
        void Offer(InvoiceAction action, bool right, string? refusal, string helpId, Func<MenuAction> item)
        {
            if (!Allowed(action))
            {
                return;
            }

            if (right && refusal is null)
            {
                actions.Add(item());
            }
            else if (refusal is not null && right)
            {
                help.Add(new ActionHelp(helpId, refusal));
            }
        }

        Offer(InvoiceAction.Edit, rights.CanBill, null, "edit-help", () => new MenuAction("Modifier", "edit", url.To<InvoicesController>(nameof(InvoicesController.Edit), new { id })));
        Offer(InvoiceAction.Finalize, rights.CanBill, null, "finalize-help", () => new MenuAction(
            isInvoice ? "Finaliser la facture" : "Finaliser l'avoir", "finalize", url.To<InvoicesController>(nameof(InvoicesController.Finalize), new { id }), Post: true,
            Confirm: new ConfirmStep(
                isInvoice ? "Finaliser la facture ?" : "Finaliser l'avoir ?",
                "Le document reçoit son numéro légal définitif et son PDF est archivé : il ne pourra plus être modifié ni supprimé, seulement corrigé par un avoir.",
                "Finaliser"),
            ConfirmPageUrl: ConfirmPage("finalize")));
        Offer(InvoiceAction.Send, rights.CanBill, invoice.SendingRefusal, "send-help", () => new MenuAction("Envoyer par e-mail", "send-email", url.To<InvoiceMailController>(nameof(InvoiceMailController.Send), new { id })));
        Offer(InvoiceAction.RecordPayment, rights.CanRecordPayments, invoice.PaymentRefusal, "payment-help", () => new MenuAction("Enregistrer un règlement", "record-payment", url.To<PaymentsController>(nameof(PaymentsController.Record), new { invoiceId = id })));
        Offer(InvoiceAction.ApplyCredit, rights.CanRecordPayments, invoice.CreditUseRefusal, "credit-help", () => new MenuAction("Imputer sur une facture", "apply-credit", url.To<PaymentsController>(nameof(PaymentsController.ApplyCredit), new { id })));
        Offer(InvoiceAction.Refund, rights.CanRecordPayments, invoice.CreditUseRefusal, "refund-help", () => new MenuAction("Rembourser", "refund", url.To<PaymentsController>(nameof(PaymentsController.Refund), new { id })));
        Offer(InvoiceAction.CreateCreditNote, rights.CanBill, invoice.CreditNoteRefusal, "credit-note-help", () => new MenuAction("Créer un avoir", "create-credit-note", url.To<CorrectionsController>(nameof(CorrectionsController.CreditNote), new { id })));
        Offer(InvoiceAction.Penalty, rights.CanBill, invoice.PenaltyRefusal(today), "penalty-help", () => new MenuAction("Facture de pénalités", "penalty", url.To<CorrectionsController>(nameof(CorrectionsController.Penalty), new { id }), Post: true));
        Offer(InvoiceAction.ResolveDispute, rights.CanRecordPayments, null, "resolve-help", () => new MenuAction("Lever l'incident de paiement", "resolve-dispute", url.To<PaymentsController>(nameof(PaymentsController.ResolveDispute), new { id }), Post: true));
        Offer(InvoiceAction.Dispute, rights.CanRecordPayments, invoice.DisputeRefusal, "dispute-help", () => new MenuAction(
            "Incident de paiement", "dispute", url.To<PaymentsController>(nameof(PaymentsController.Dispute), new { id }), Post: true,
            Confirm: new ConfirmStep(
                "Enregistrer un incident de paiement ?",
                "La facture passe au statut « Contestée » (chèque impayé, rejet de prélèvement…) jusqu'à ce que l'incident soit levé.",
                "Enregistrer l'incident",
                "Motif de l'incident"),
            ConfirmPageUrl: ConfirmPage("dispute")));
        Offer(InvoiceAction.Duplicate, rights.CanBill, null, "duplicate-help", () => new MenuAction("Dupliquer", "duplicate", url.To<InvoicesController>(nameof(InvoicesController.Duplicate), new { id }), Post: true));
        Offer(InvoiceAction.Replace, rights.CanBill, invoice.ReplacementRefusal, "replace-help", () => new MenuAction(
            "Remplacer la facture", "replace", url.To<CorrectionsController>(nameof(CorrectionsController.Replace), new { id }), Post: true, Danger: true,
            Confirm: new ConfirmStep(
                "Remplacer la facture ?",
                "La facture est abandonnée (son numéro reste attribué) et un brouillon de remplacement est créé avec les mêmes lignes. Irréversible.",
                "Abandonner et remplacer",
                "Motif de remplacement"),
            ConfirmPageUrl: ConfirmPage("replace")));
        Offer(InvoiceAction.Cancel, rights.CanBill, invoice.CancellationRefusal, "cancel-help", () => new MenuAction(
            isInvoice ? "Annuler la facture" : "Annuler l'avoir", "cancel", url.To<CorrectionsController>(nameof(CorrectionsController.Cancel), new { id }), Post: true, Danger: true,
            Confirm: new ConfirmStep(
                isInvoice ? "Annuler la facture ?" : "Annuler l'avoir ?",
                isInvoice
                    ? "Un avoir d'annulation du même montant est émis et numéroté ; la facture reste dans la numérotation au statut « Annulée ». Irréversible."
                    : "Une facture d'annulation du même montant est émise et numérotée ; l'avoir reste dans la numérotation au statut « Annulé ». Irréversible.",
                isInvoice ? "Annuler la facture" : "Annuler l'avoir",
                "Motif d'annulation"),
            ConfirmPageUrl: ConfirmPage("cancel")));
        Offer(InvoiceAction.Delete, rights.CanBill, null, "delete-help", () => new MenuAction(
            "Supprimer le brouillon", "delete", url.To<InvoicesController>(nameof(InvoicesController.Delete), new { id }), Post: true, Danger: true,
            Confirm: new ConfirmStep("Supprimer le brouillon ?", "Le brouillon et ses lignes sont supprimés définitivement. Son numéro de proforma n'est pas réutilisé.", "Supprimer"),
            ConfirmPageUrl: ConfirmPage("delete")));

        if (!invoice.IsDraft)
        {
            help.Insert(0, new ActionHelp("frozen-reason", FrozenHelp));
        }

        // "Annuler" is what users look for first on a settled document: say why it is gone and what to do instead.
        if (rights.CanBill && invoice.IsIssued && !Allowed(InvoiceAction.Cancel) && invoice.CancellationRefusal is { } cancelRefusal)
        {
            help.Add(new ActionHelp("cancel-help", cancelRefusal));
        }

        if (smtpProblem is not null && actions.Any(a => a.TestId == "send-email"))
        {
            help.Add(new ActionHelp("smtp-help", smtpProblem, url.To<MailSettingsController>(nameof(MailSettingsController.Index)), "Configurer l'envoi des e-mails"));
        }

        if (!rights.CanBill)
        {
            help.Add(new ActionHelp("rights-help", "Modifier, finaliser, envoyer ou corriger un document est réservé aux responsables de facturation."));
        }

        return new ActionMenu(actions, help);
    }
}
