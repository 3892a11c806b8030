namespace Facturation.Application.Accounts;

/// <summary>What moved a customer's account: a document issued, or money received or paid back.</summary>
public enum AccountEntryKind
{
    Invoice,
    CreditNote,
    Payment,
    Refund,
}
