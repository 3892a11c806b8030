using Facturation.Application.Documents;
using Facturation.Domain.Numbering;

namespace Facturation.Application.Invoicing;

/// <summary>What <see cref="InvoiceService.FinalizeAsync"/> loads before the draft's lock and the number (ADR-025).</summary>
internal sealed record FinalizationInputs(
    NumberingSeries Series,
    bool GlAccountRequiredOnLines,
    int BackdatingDays,
    string? OriginNumber,
    SnapshotSources Sources);
