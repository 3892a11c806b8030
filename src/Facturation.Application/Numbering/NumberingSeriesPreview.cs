using Facturation.Domain.Numbering;

namespace Facturation.Application.Numbering;

/// <summary>A series and the number it would give next.</summary>
public sealed record NumberingSeriesPreview(NumberingSeries Series, string NextNumber);
