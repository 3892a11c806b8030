using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Facturation.Documents.FacturX;

/// <summary>
/// Replaces the XMP of a PDF saved by PDFsharp with an incremental update: PDFsharp 6.2 regenerates
/// <c>/Metadata</c> (PDF/A-1, no extension schema) on every save, so our packet is appended afterwards as a new
/// revision of the same object number, with a one-entry xref section and a trailer pointing back (<c>/Prev</c>).
/// PDF/A-3 allows incremental updates; readers take the newest revision of an object.
/// </summary>
internal static partial class MetadataUpdate
{
    public static byte[] Append(byte[] pdf, int metadataObjectNumber, byte[] xmp)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 2048), Math.Min(2048, pdf.Length));
        var start = StartXref().Match(tail);
        var trailerAt = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        var trailerEnd = start.Success ? tail.LastIndexOf(">>", start.Index, StringComparison.Ordinal) : -1;
        if (trailerAt < 0 || trailerEnd < trailerAt || tail.Contains("/Prev", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Not a single-revision PDF with a classic xref table.");
        }

        var trailer = tail[(trailerAt + "trailer".Length)..trailerEnd].Trim();
        using var output = new MemoryStream(pdf.Length + xmp.Length + 512);
        output.Write(pdf);
        var objectAt = output.Position;
        Write(output, string.Create(CultureInfo.InvariantCulture, $"{metadataObjectNumber} 0 obj\n<<\n  /Type /Metadata\n  /Subtype /XML\n  /Length {xmp.Length}\n>>\nstream\n"));
        output.Write(xmp);
        Write(output, "\nendstream\nendobj\n");
        var xrefAt = output.Position;
        Write(output, string.Create(CultureInfo.InvariantCulture, $"xref\n{metadataObjectNumber} 1\n{objectAt:D10} 00000 n \ntrailer\n{trailer}\n  /Prev {start.Groups[1].Value}\n>>\nstartxref\n{xrefAt}\n%%EOF\n"));
        return output.ToArray();
    }

    private static void Write(MemoryStream output, string ascii) => output.Write(Encoding.ASCII.GetBytes(ascii));

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();
}
