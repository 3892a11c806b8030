using Facturation.Application.Documents;
using Facturation.Documents;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Dossiers;

/// <summary>The printable estimate (devis) of a dossier, rendered on demand: an estimate is not a legal document to archive.</summary>
public sealed class DossierEstimatePdf(DossierService dossiers, InvoiceSnapshotBuilder snapshots, IInvoiceDocumentRenderer renderer, TimeProvider clock)
{
    public async Task<InvoicePdf> RenderAsync(int dossierId, Actor actor, CancellationToken ct)
    {
        var dossier = await dossiers.GetAsync(dossierId, ct);
        var bytes = renderer.Render(await snapshots.BuildEstimateAsync(dossier, actor, clock.GetUtcNow().UtcDateTime, ct));
        return new InvoicePdf(InvoicePdf.FileNameFor($"Devis-{dossier.Number}"), bytes, InvoiceArchive.Hash(bytes), IsArchived: false);
    }
}
