namespace Facturation.Documents;

/// <summary>The French titles printed on the documents.</summary>
public static class DocumentTitleLabels
{
    public static string Label(this DocumentTitle title) => title switch
    {
        DocumentTitle.Invoice => "Facture",
        DocumentTitle.DepositInvoice => "Facture d'acompte",
        DocumentTitle.SituationInvoice => "Facture de situation",
        DocumentTitle.FinalBalanceInvoice => "Facture de solde",
        DocumentTitle.PenaltyInvoice => "Facture de pénalités",
        DocumentTitle.ReplacementInvoice => "Facture rectificative",
        DocumentTitle.CancellationInvoice => "Facture d'annulation",
        DocumentTitle.CreditNote => "Avoir",
        DocumentTitle.Estimate => "Devis",
    };
}
