namespace Facturation.Domain.Dossiers;

/// <summary>
/// What a dossier has billed, net of tax: deposits, invoiced lines (situations, invoices, balance), what remains
/// to bill (the total less everything issued, deductions included) and what drafts hold.
/// </summary>
public sealed record DossierBillingSummary(decimal Total, decimal TotalGross, decimal BilledDeposits, decimal BilledSituations, decimal Remaining, decimal InDrafts)
{
    public decimal DepositShare => Share(BilledDeposits);

    public decimal SituationShare => Share(BilledSituations);

    private decimal Share(decimal amount) => Total == 0 ? 0 : Math.Min(100m, decimal.Round(amount / Total * 100m, 1));
}
