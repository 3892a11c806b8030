using Facturation.Domain.Dossiers;

namespace Facturation.Web.Api.V1;

/// <summary>A dossier with its billing state (amounts net of tax) and the documents that bill it.</summary>
public sealed record DossierDto(
    int Id,
    string Number,
    DateOnly Date,
    string Name,
    int CustomerId,
    string? Reference,
    string? Notes,
    DossierStatus Status,
    DateOnly? AcceptedOn,
    string? AcceptanceReference,
    IReadOnlyList<DossierLineDto> Lines,
    TotalsDto Totals,
    decimal BilledDeposits,
    decimal BilledSituations,
    decimal Remaining,
    decimal InDrafts,
    IReadOnlyList<DossierDocumentDto> Documents)
{
    public static DossierDto From(DossierBilling billing)
    {
        ArgumentNullException.ThrowIfNull(billing);
        var dossier = billing.Dossier;
        var totals = dossier.Totals;
        var summary = billing.Summary();
        return new DossierDto(
            dossier.Id,
            dossier.Number,
            dossier.Date,
            dossier.Name,
            dossier.CustomerId,
            dossier.CustomerReference,
            dossier.Notes,
            dossier.Status,
            dossier.AcceptedOn,
            dossier.AcceptanceReference,
            billing.LineProgress().Select(DossierLineDto.From).ToList(),
            new TotalsDto(totals.Net, totals.Tax, totals.Gross),
            summary.BilledDeposits,
            summary.BilledSituations,
            summary.Remaining,
            summary.InDrafts,
            billing.Documents.Select(d => new DossierDocumentDto(d.Id, d.DisplayNumber, d.Type, d.Status, d.IssueDate, d.TotalNet, d.TotalGross)).ToList());
    }
}
