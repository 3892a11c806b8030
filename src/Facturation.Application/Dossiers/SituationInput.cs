using Facturation.Domain.Dossiers;

namespace Facturation.Application.Dossiers;

/// <summary><c>POST /api/v1/dossiers/{id}/situations</c>: the cumulative progress to reach per dossier line.</summary>
public sealed class SituationInput
{
    public List<SituationLineInput> Lines { get; set; } = [];

    /// <summary>Overrides the company default.</summary>
    public DepositDeduction? DepositDeduction { get; set; }
}
