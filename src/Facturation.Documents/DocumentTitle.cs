namespace Facturation.Documents;

/// <summary>What the document says it is, in its title: the kind and type of an invoice or credit note, or an estimate.</summary>
public enum DocumentTitle
{
    Invoice,
    DepositInvoice,
    SituationInvoice,
    FinalBalanceInvoice,
    PenaltyInvoice,
    ReplacementInvoice,
    CancellationInvoice,
    CreditNote,
    Estimate,
}
