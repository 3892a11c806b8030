using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Facturation.Documents.Layout;

/// <summary>
/// A4 pages and a vertical cursor: content flows down, and a block that does not fit starts a new page. Page
/// decorations that need the page count ("Page n / m", watermark) are drawn once all pages exist.
/// </summary>
internal sealed class PageComposer : IDisposable
{
    public const double Margin = 36;

    private readonly PdfDocument _document;
    private XGraphics _graphics;

    public PageComposer(PdfDocument document)
    {
        _document = document;
        _graphics = AddPage();
    }

    /// <summary>Called after a page break caused by the flow (not the first page), to repeat a running header.</summary>
    public Action? OnPageContinued { get; set; }

    public XGraphics Graphics => _graphics;

    public double Y { get; set; } = Margin;

    public double PageWidth => _document.Pages[0].Width.Point;

    public double PageHeight => _document.Pages[0].Height.Point;

    public double Left { get; } = Margin;

    public double Right => PageWidth - Margin;

    public double Width => Right - Left;

    /// <summary>Height kept free at the bottom of every page for the footer.</summary>
    public double FooterHeight { get; set; }

    public double Bottom => PageHeight - Margin - FooterHeight;

    public bool Fits(double height) => Y + height <= Bottom;

    /// <summary>Starts a new page when <paramref name="height"/> does not fit under the cursor.</summary>
    public void EnsureSpace(double height)
    {
        if (!Fits(height))
        {
            NewPage();
        }
    }

    public void NewPage()
    {
        _graphics.Dispose();
        _graphics = AddPage();
        Y = Margin;
        OnPageContinued?.Invoke();
    }

    /// <summary>Draws wrapped text at the cursor and moves the cursor under it.</summary>
    public void Paragraph(string text, XFont font, double x, double width, XBrush? brush = null)
    {
        var lines = TextWrapper.Wrap(_graphics, text, font, width);
        var lineHeight = DocumentFonts.LineHeight(font);
        EnsureSpace(lines.Count * lineHeight);
        foreach (var line in lines)
        {
            _graphics.DrawString(line, font, brush ?? XBrushes.Black, new XRect(x, Y, width, lineHeight), XStringFormats.TopLeft);
            Y += lineHeight;
        }
    }

    /// <summary>Draws one line of text in a box at an absolute position.</summary>
    public void Text(string text, XFont font, double x, double y, double width, XStringFormat format, XBrush? brush = null) =>
        _graphics.DrawString(text, font, brush ?? XBrushes.Black, new XRect(x, y, width, DocumentFonts.LineHeight(font)), format);

    /// <summary>Draws on every finished page, knowing its number and the page count.</summary>
    public void DecoratePages(Action<XGraphics, int, int> decorate)
    {
        _graphics.Dispose();
        var count = _document.PageCount;
        for (var index = 0; index < count; index++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[index], XGraphicsPdfPageOptions.Append);
            decorate(graphics, index + 1, count);
        }
    }

    public void Dispose() => _graphics.Dispose();

    private XGraphics AddPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        return XGraphics.FromPdfPage(page);
    }
}
