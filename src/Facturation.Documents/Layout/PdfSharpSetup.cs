using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Facturation.Documents.Layout;

/// <summary>
/// PDFsharp's process-wide settings, applied once before the first document: Unicode text and our font
/// resolver (it may not be replaced once fonts are in use).
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        GlobalFontSettings.DefaultFontEncoding = PdfFontEncoding.Unicode;
        if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
        {
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        }

        return true;
    });

    public static void EnsureApplied() => _ = Applied.Value;
}
