using Facturation.Domain.Dossiers;

namespace Facturation.Application.Dossiers;

/// <summary><c>POST /api/v1/dossiers/{id}/deposits</c>: a percentage of the dossier total OR an amount net of tax.</summary>
public sealed class DepositInput
{
    public decimal? Percent { get; set; }

    public decimal? Amount { get; set; }

    public DepositMode Mode { get; set; } = DepositMode.Summary;
}
