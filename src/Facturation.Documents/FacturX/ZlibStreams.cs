using System.IO.Compression;
using PdfSharp.Pdf;

namespace Facturation.Documents.FacturX;

/// <summary>
/// Compresses every unfiltered stream of a document with .NET's <see cref="ZLibStream"/> before saving: PDFsharp's
/// own Flate encoder omits the zlib Adler-32 trailer (<c>qpdf --check</c> warns on every such stream), so archives
/// are saved with PDFsharp's compression off and their streams compressed here instead.
/// </summary>
internal static class ZlibStreams
{
    public static void CompressAll(PdfDocument document)
    {
        document.Options.CompressContentStreams = false;
        foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            if (dictionary.Stream is not { Value.Length: > 0 } stream || dictionary.Elements["/Filter"] is not null)
            {
                continue;
            }

            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(stream.Value);
            }

            stream.Value = compressed.ToArray();
            dictionary.Elements.SetName("/Filter", "/FlateDecode");
            dictionary.Elements.SetInteger("/Length", stream.Length);
        }
    }
}
