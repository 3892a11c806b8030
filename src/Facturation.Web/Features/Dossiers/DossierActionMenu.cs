using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Dossiers;

/// <summary>
/// The Actions menu of the dossier page (ADR-029): only the billing steps the dossier's state allows; the reason a
/// deposit, situation or balance is not offered yet is shown under the menu. Closing asks for confirmation.
/// </summary>
public static class DossierActionMenu
{
    public static ActionMenu For(DossierBilling billing, bool canBill, IUrlHelper url)
    {
        ArgumentNullException.ThrowIfNull(billing);
        ArgumentNullException.ThrowIfNull(url);
        var dossier = billing.Dossier;
        var id = dossier.Id;
        var documents = billing.Documents;
        var actions = new List<MenuAction> { new("Devis PDF", "estimate", url.Route(Urls.DossierEstimateRoute, new { id, inline = "true" })) };
        var help = new List<ActionHelp>();
        if (!canBill)
        {
            help.Add(new ActionHelp("rights-help", "Facturer ou modifier un dossier est réservé aux responsables de facturation."));
            return new ActionMenu(actions, help);
        }

        var balanced = documents.Any(x => x.Type == InvoiceType.FinalBalance);
        var pending = documents.FirstOrDefault(x => x.IsDraft && x.Type is InvoiceType.Deposit or InvoiceType.Situation);
        var notAccepted = dossier.Status == DossierStatus.Accepted ? null : "Le dossier doit être accepté par le client pour recevoir un acompte, une situation ou un solde.";
        var depositRefusal = notAccepted ?? (balanced ? "Le dossier a déjà sa facture de solde." : null);
        var situationRefusal = depositRefusal ?? (pending is null ? null : $"Le brouillon {pending.DisplayNumber} doit d'abord être émis ou supprimé.");
        var balanceRefusal = situationRefusal
            ?? (documents.Any(x => x.IsIssued && x.Type is InvoiceType.Deposit or InvoiceType.Situation) ? null : "Facture de solde : aucun acompte ni situation émis.");

        if (dossier.Status == DossierStatus.Open && documents.Count == 0)
        {
            actions.Add(new MenuAction("Modifier", "edit", url.To<DossiersController>(nameof(DossiersController.Edit), new { id })));
        }

        if (dossier.Status != DossierStatus.Closed)
        {
            actions.Add(new MenuAction("Facturer", "invoice", url.To<DossiersController>(nameof(DossiersController.Invoice), new { id }), Post: true));
            Offer(actions, help, depositRefusal, "deposit-help", new MenuAction("Facture d'acompte", "deposit", url.To<DossiersController>(nameof(DossiersController.Deposit), new { id })));
            Offer(actions, help, situationRefusal, "situation-help", new MenuAction("Facture de situation", "situation", url.To<DossiersController>(nameof(DossiersController.Situation), new { id })));
            Offer(actions, help, balanceRefusal, "balance-help", new MenuAction("Facture de solde", "balance", url.To<DossiersController>(nameof(DossiersController.Balance), new { id }), Post: true));
            actions.Add(new MenuAction(
                "Clore le dossier", "close", url.To<DossiersController>(nameof(DossiersController.Close), new { id }), Post: true, Danger: true,
                Confirm: new ConfirmStep(
                    "Clore le dossier ?",
                    "Plus aucune facture, acompte ni situation ne pourra être établi depuis ce dossier ; les documents déjà émis ne changent pas. Irréversible.",
                    "Clore le dossier"),
                ConfirmPageUrl: url.To<DossiersController>(nameof(DossiersController.Confirm), new { id, verb = "close" })));
        }
        else
        {
            help.Add(new ActionHelp("closed-help", "Le dossier est clos : il ne peut plus être facturé."));
        }

        return new ActionMenu(actions, help);
    }

    private static void Offer(List<MenuAction> actions, List<ActionHelp> help, string? refusal, string helpId, MenuAction action)
    {
        if (refusal is null)
        {
            actions.Add(action);
        }
        else
        {
            help.Add(new ActionHelp(helpId, refusal));
        }
    }
}
