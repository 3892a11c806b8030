using Facturation.Domain.Numbering;

namespace Facturation.Application.Numbering;

/// <summary>The mask and reset policy posted by the numbering settings form.</summary>
public sealed class NumberingSeriesInput
{
    public string? Mask { get; set; }

    public ResetPolicy Reset { get; set; }
}
