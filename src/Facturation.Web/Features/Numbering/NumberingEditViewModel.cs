using Facturation.Application.Numbering;
using Facturation.Domain.Numbering;

namespace Facturation.Web.Features.Numbering;

/// <summary>The mask and reset form of one series.</summary>
public sealed record NumberingEditViewModel(int Id, SeriesKind Kind, NumberingSeriesInput Input);
