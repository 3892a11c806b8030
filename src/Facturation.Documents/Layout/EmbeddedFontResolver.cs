using PdfSharp.Fonts;

namespace Facturation.Documents.Layout;

/// <summary>
/// Serves the DejaVu Sans TTFs shipped inside this assembly (Fonts/, Bitstream Vera licence) whatever family is
/// asked for, so rendering never depends on the fonts installed on the server and every font gets embedded.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Italic = "DejaVuSans-Oblique";

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        (bold, italic) switch
        {
            (true, true) => new FontResolverInfo(Bold, false, true),
            (true, false) => new FontResolverInfo(Bold),
            (false, true) => new FontResolverInfo(Italic),
            _ => new FontResolverInfo(Regular),
        };

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Facturation.Documents.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
