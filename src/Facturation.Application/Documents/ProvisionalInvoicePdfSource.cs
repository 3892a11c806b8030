using System.Globalization;
using System.Security.Cryptography;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Facturation.Application.Documents;

/// <summary>
/// PROVISIONAL — replaced at merge by the PDF helper's implementation (registered with TryAddScoped, so the
/// real one wins as soon as it is registered). It only exists so that the email branch can be tested on its
/// own: a minimal real PDF (one A4 page, one bar per line, no text, hence no font resolver), deterministic
/// for a given document (fixed dates and document IDs) so that two calls return the same bytes.
/// </summary>
public sealed partial class ProvisionalInvoicePdfSource(FacturationDb db) : IInvoicePdfSource
{
    public async Task<InvoicePdf> GetAsync(int invoiceId, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, ct)
            ?? throw DomainException.NotFound("invoice", "Document", invoiceId);
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        using var document = new PdfDocument();
        var created = DateTime.SpecifyKind(invoice.CreatedAtUtc, DateTimeKind.Utc);
        document.Info.CreationDate = created;
        document.Info.ModificationDate = created;
        var id = Convert.ToHexString(SHA256.HashData(BitConverter.GetBytes(invoice.Id)))[..32];
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var y = 60d;
            foreach (var line in invoice.Lines.OrderBy(l => l.Position))
            {
                var width = Math.Min(450d, 20d + (double)Math.Abs(line.Net) / 10d);
                graphics.DrawRectangle(XBrushes.SteelBlue, 60, y, width, 12);
                y += 18;
            }

            graphics.DrawRectangle(invoice.IsDraft ? XBrushes.Orange : XBrushes.DarkGreen, 60, y + 10, 200, 4);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        var bytes = StableXmpIds(stream.ToArray(), invoice.Id);
        var name = string.Create(CultureInfo.InvariantCulture, $"{invoice.DisplayNumber}.pdf");
        return new InvoicePdf(name, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), !invoice.IsDraft);
    }

    /// <summary>PDFsharp writes random XMP uuids; replace them by one of the same length so offsets stay valid.</summary>
    private static byte[] StableXmpIds(byte[] pdf, int invoiceId)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var stable = new Guid(invoiceId, 0, 0, new byte[8]).ToString();
        return System.Text.Encoding.Latin1.GetBytes(XmpUuid().Replace(text, "uuid:" + stable));
    }

    [System.Text.RegularExpressions.GeneratedRegex("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial System.Text.RegularExpressions.Regex XmpUuid();
}
