using PdfSharp.Drawing;

namespace Facturation.Documents.Layout;

/// <summary>
/// A table drawn row by row at the composer's cursor: cells wrap within their column, a row that does not fit
/// goes to a new page and the header row is repeated there.
/// </summary>
internal sealed class Table
{
    private const double Padding = 3;
    private static readonly XBrush HeaderBackground = new XSolidBrush(XColor.FromArgb(232, 236, 242));
    private static readonly XPen RowRule = new(XColor.FromArgb(215, 215, 215), 0.4);

    private readonly PageComposer _page;
    private readonly DocumentFonts _fonts;
    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly double[] _widths;
    private readonly double _left;

    public Table(PageComposer page, DocumentFonts fonts, IReadOnlyList<TableColumn> columns, double left, double width)
    {
        (_page, _fonts, _columns, _left) = (page, fonts, columns, left);
        var fixedWidth = columns.Sum(c => c.Width);
        _widths = [.. columns.Select(c => c.Width > 0 ? c.Width : width - fixedWidth)];
    }

    public double Width => _widths.Sum();

    public double HeaderHeight => DocumentFonts.LineHeight(_fonts.SmallBold) + (2 * Padding);

    public void DrawHeader()
    {
        var gfx = _page.Graphics;
        gfx.DrawRectangle(HeaderBackground, _left, _page.Y, Width, HeaderHeight);
        var x = _left;
        for (var i = 0; i < _columns.Count; i++)
        {
            _page.Text(_columns[i].Header, _fonts.SmallBold, x + Padding, _page.Y + Padding, _widths[i] - (2 * Padding), _columns[i].Format);
            x += _widths[i];
        }

        _page.Y += HeaderHeight;
    }

    /// <summary>Height of a row of <paramref name="cells"/> (one per column), to keep blocks together.</summary>
    public double RowHeight(IReadOnlyList<string> cells, XFont font) =>
        (cells.Select((cell, i) => TextWrapper.Wrap(_page.Graphics, cell, font, _widths[i] - (2 * Padding)).Count).Max() * DocumentFonts.LineHeight(font)) + (2 * Padding);

    public void DrawRow(IReadOnlyList<string> cells, XFont font, bool breakPages = true)
    {
        var x = _left;
        var placed = new List<PlacedCell>();
        for (var i = 0; i < cells.Count; i++)
        {
            placed.Add(new PlacedCell(TextWrapper.Wrap(_page.Graphics, cells[i], font, _widths[i] - (2 * Padding)), x, _widths[i], _columns[i].Format));
            x += _widths[i];
        }

        Draw(placed, font, breakPages);
    }

    /// <summary>A row across all columns: a section title or a comment.</summary>
    public void DrawSpanningRow(string text, XFont font) =>
        Draw([new PlacedCell(TextWrapper.Wrap(_page.Graphics, text, font, Width - (2 * Padding)), _left, Width, XStringFormats.TopLeft)], font, breakPages: true);

    private void Draw(IReadOnlyList<PlacedCell> cells, XFont font, bool breakPages)
    {
        var lineHeight = DocumentFonts.LineHeight(font);
        var height = (cells.Max(c => c.Lines.Count) * lineHeight) + (2 * Padding);
        if (breakPages && !_page.Fits(height))
        {
            _page.NewPage();
            DrawHeader();
        }

        foreach (var cell in cells)
        {
            var y = _page.Y + Padding;
            foreach (var line in cell.Lines)
            {
                _page.Text(line, font, cell.X + Padding, y, cell.Width - (2 * Padding), cell.Format);
                y += lineHeight;
            }
        }

        _page.Y += height;
        _page.Graphics.DrawLine(RowRule, _left, _page.Y, _left + Width, _page.Y);
    }

    private sealed record PlacedCell(IReadOnlyList<string> Lines, double X, double Width, XStringFormat Format);
}
