namespace Facturation.Domain.Dossiers;

/// <summary>A deposit shows one summary line (per tax code), or all the dossier's lines after an information line.</summary>
public enum DepositMode
{
    Summary,
    AllLines,
}
