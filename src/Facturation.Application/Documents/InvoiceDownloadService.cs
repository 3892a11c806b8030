using Facturation.Application.Data;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>Hands out a document's PDF to a user and records the download of issued documents (draft previews are not downloads).</summary>
public sealed class InvoiceDownloadService(FacturationDb db, IInvoicePdfSource pdfs, TimeProvider clock)
{
    public const string WebChannel = "web";
    public const string ApiChannel = "api";

    public async Task<InvoicePdf> DownloadAsync(int invoiceId, Actor actor, string channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var pdf = await pdfs.GetAsync(invoiceId, ct);
        if (pdf.IsArchived)
        {
            var nowUtc = clock.GetUtcNow().UtcDateTime;
            var invoice = await db.Invoices.IgnoreAutoIncludes().SingleAsync(i => i.Id == invoiceId, ct);
            invoice.MarkDownloaded(nowUtc);
            db.Add(new InvoiceDownload(invoiceId, actor.UserId, actor.UserName, channel, nowUtc));
            await db.SaveChangesAsync(ct);
        }

        return pdf;
    }

    /// <summary>Most recent first.</summary>
    public async Task<IReadOnlyList<InvoiceDownload>> HistoryAsync(int invoiceId, CancellationToken ct) =>
        await db.Set<InvoiceDownload>().AsNoTracking().Where(d => d.InvoiceId == invoiceId).OrderByDescending(d => d.AtUtc).ThenByDescending(d => d.Id).ToListAsync(ct);
}
