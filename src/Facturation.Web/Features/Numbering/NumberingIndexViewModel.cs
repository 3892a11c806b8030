using Facturation.Application.Numbering;

namespace Facturation.Web.Features.Numbering;

/// <summary>The series with their next numbers; <see cref="Today"/> (the business date) tells whether a reset is still pending.</summary>
public sealed record NumberingIndexViewModel(IReadOnlyList<NumberingSeriesPreview> Series, DateOnly Today);
