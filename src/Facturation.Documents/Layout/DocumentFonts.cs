using PdfSharp.Drawing;

namespace Facturation.Documents.Layout;

/// <summary>The few faces and sizes a document uses; all DejaVu Sans, embedded as subsets.</summary>
internal sealed class DocumentFonts
{
    public XFont Body { get; } = new(EmbeddedFontResolver.Family, 8.5, XFontStyleEx.Regular);

    public XFont BodyBold { get; } = new(EmbeddedFontResolver.Family, 8.5, XFontStyleEx.Bold);

    public XFont BodyItalic { get; } = new(EmbeddedFontResolver.Family, 8.5, XFontStyleEx.Italic);

    public XFont Small { get; } = new(EmbeddedFontResolver.Family, 7, XFontStyleEx.Regular);

    public XFont SmallBold { get; } = new(EmbeddedFontResolver.Family, 7, XFontStyleEx.Bold);

    public XFont Company { get; } = new(EmbeddedFontResolver.Family, 12, XFontStyleEx.Bold);

    public XFont Title { get; } = new(EmbeddedFontResolver.Family, 17, XFontStyleEx.Bold);

    public XFont Watermark { get; } = new(EmbeddedFontResolver.Family, 72, XFontStyleEx.Bold);

    public static double LineHeight(XFont font) => font.Size * 1.3;
}
