namespace Facturation.Web.Features.Exports;

/// <summary>The export form: the period asked for and the period shortcuts around today.</summary>
public sealed record ExportsViewModel(ExportRequest Input, IReadOnlyList<PeriodPreset> Presets);
