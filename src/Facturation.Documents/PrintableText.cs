using System.Text;
using Facturation.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Facturation.Documents;

/// <summary>
/// What the document fonts can print. They are DejaVu Sans cut down to the scripts an invoice of a French or Québec
/// business uses (ADR-007, "Session 11"): all Latin (with Vietnamese), Greek, Cyrillic, combining accents,
/// punctuation, currency and letter-like signs, arrows and a few mathematical signs. Anything else prints as an
/// empty box.
/// </summary>
public static class PrintableText
{
    private static readonly Lazy<XFont[]> Faces = new(() =>
    {
        PdfSharpSetup.EnsureApplied();
        return [.. new[] { XFontStyleEx.Regular, XFontStyleEx.Bold, XFontStyleEx.Italic }.Select(style => new XFont(EmbeddedFontResolver.Family, 10, style))];
    });

    /// <summary>The distinct characters of <paramref name="text"/> one of the document faces has no glyph for.</summary>
    public static IReadOnlyList<string> MissingGlyphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var missing = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || missing.Contains(rune.ToString()))
            {
                continue;
            }

            if (Faces.Value.Any(face => GlyphHelper.GlyphIndexFromCodePoint(rune.Value, face) == 0))
            {
                missing.Add(rune.ToString());
            }
        }

        return missing;
    }
}
