using Facturation.Application.Documents;
using Facturation.Domain.Numbering;

namespace Facturation.Application.Invoicing;

/// <summary>
/// What <see cref="InvoiceService.FinalizeAsync"/> loads before the draft's lock and the number (ADR-025). The series
/// itself is read with the draft's lock (<see cref="DraftStamp.LockAndReadAsync"/>).
/// </summary>
internal sealed record FinalizationInputs(
    SeriesKind SeriesKind,
    bool GlAccountRequiredOnLines,
    int BackdatingDays,
    string? OriginNumber,
    SnapshotSources Sources);
