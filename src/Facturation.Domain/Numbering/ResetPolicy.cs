namespace Facturation.Domain.Numbering;

public enum ResetPolicy
{
    Never,
    Yearly,
    Monthly,
}
