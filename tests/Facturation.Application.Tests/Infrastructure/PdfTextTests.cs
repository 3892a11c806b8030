using System.Globalization;
using System.Text;
using Facturation.Testing;

namespace Facturation.Application.Tests.Infrastructure;

public class PdfTextTests
{
    [Fact]
    public async Task ExtractTextAsync_HandMadePdf_ReturnsAccentedTextAndEuroSign()
    {
        var pdf = MinimalPdf("Facture n\u00b0 F-2025-0001 : 480,00 \u20ac");

        var text = await PdfText.ExtractTextAsync(pdf);

        Assert.Contains("Facture n\u00b0 F-2025-0001 : 480,00 \u20ac", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FontsAsync_HandMadePdf_ListsNonEmbeddedHelvetica()
    {
        var pdf = MinimalPdf("Bonjour");

        var fonts = await PdfText.FontsAsync(pdf);
        var lines = await PdfText.FontLinesAsync(pdf);

        var font = Assert.Single(fonts);
        Assert.Equal("Helvetica", font.Name);
        Assert.Equal("Type 1", font.Type);
        Assert.Equal("WinAnsi", font.Encoding);
        Assert.False(font.Embedded);
        Assert.Single(lines);
    }

    [Fact]
    public void ParseFonts_EmbeddedSubsetsAndLongNames_ReadsEveryColumn()
    {
        const string Output = """
            name                                 type              encoding         emb sub uni object ID
            ------------------------------------ ----------------- ---------------- --- --- --- ---------
            AAAAAA+DejaVuSans                    CID TrueType      Identity-H       yes yes yes     12  0
            BBBBBB+AVeryLongFontNameThatOverflowsTheColumn-BoldOblique TrueType          WinAnsi          yes yes no      15  0
            """;

        var fonts = PdfText.ParseFonts(Output);

        Assert.Equal(2, fonts.Count);
        Assert.Equal(new PdfFont("AAAAAA+DejaVuSans", "CID TrueType", "Identity-H", true, true, true, fonts[0].Line), fonts[0]);
        Assert.Equal("BBBBBB+AVeryLongFontNameThatOverflowsTheColumn-BoldOblique", fonts[1].Name);
        Assert.Equal("TrueType", fonts[1].Type);
        Assert.True(fonts[1].Subset);
        Assert.False(fonts[1].Unicode);
    }

    /// <summary>A one-page PDF 1.4 showing <paramref name="text"/> in Helvetica, WinAnsi encoding, built by hand.</summary>
    private static byte[] MinimalPdf(string text)
    {
        var winAnsi = CodePagesEncoding();
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        var content = new List<byte>();
        content.AddRange(Encoding.ASCII.GetBytes("BT /F1 14 Tf 72 720 Td ("));
        content.AddRange(winAnsi(escaped.ToString()));
        content.AddRange(Encoding.ASCII.GetBytes(") Tj ET\n"));

        List<byte[]> objects =
        [
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            [.. Encoding.ASCII.GetBytes($"<< /Length {content.Count} >>\nstream\n"), .. content, .. Encoding.ASCII.GetBytes("endstream")],
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        ];

        using var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }

        var xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>Windows-1252 for the few characters used here (Latin-1 plus the euro sign at 0x80).</summary>
    private static Func<string, byte[]> CodePagesEncoding() =>
        s => [.. s.Select(c => c == '\u20ac' ? (byte)0x80 : c <= '\u00ff' ? (byte)c : (byte)'?')];
}
