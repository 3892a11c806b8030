using Facturation.Documents;

namespace Facturation.Application.Telemetry;

/// <summary>
/// The PDF renderer with its render time recorded (<c>facturation.pdf.render.duration</c>): a decorator, so that
/// the archiver and the preview sources stay unaware of metrics.
/// </summary>
public sealed class MeasuredDocumentRenderer(IInvoiceDocumentRenderer inner, FacturationMetrics metrics) : IInvoiceDocumentRenderer
{
    public byte[] Render(InvoiceDocumentSnapshot snapshot) => metrics.MeasurePdfRender(archive: false, () => inner.Render(snapshot));

    public byte[] RenderPdfA3(InvoiceDocumentSnapshot snapshot, EInvoiceAttachment? attachment) =>
        metrics.MeasurePdfRender(archive: true, () => inner.RenderPdfA3(snapshot, attachment));
}
