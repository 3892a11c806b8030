namespace Facturation.Domain.Accounting;

public enum GlAccountKind
{
    Revenue,
    VatCollected,
    Receivable,
}
