namespace Facturation.Domain.Dossiers;

/// <summary>How situations deduct the deposits already issued: all at once, or pro rata of the progress.</summary>
public enum DepositDeduction
{
    Full,
    Progressive,
}
