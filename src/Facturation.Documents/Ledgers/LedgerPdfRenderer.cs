using Facturation.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Facturation.Documents.Ledgers;

/// <summary>Renders a <see cref="LedgerDocument"/> as an A4 PDF (PDFsharp, embedded DejaVu Sans). Thread-safe.</summary>
public static class LedgerPdfRenderer
{
    private const double BlockGap = 14;
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(95, 99, 104));
    private static readonly XBrush Accent = new XSolidBrush(XColor.FromArgb(31, 64, 104));
    private static readonly XBrush TotalBackground = new XSolidBrush(XColor.FromArgb(232, 236, 242));
    private static readonly XPen BoxPen = new(XColor.FromArgb(190, 190, 190), 0.6);

    public static byte[] Render(LedgerDocument ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        PdfSharpSetup.EnsureApplied();
        using var document = new PdfDocument();
        var number = ledger.HeadingFields.Count > 0 ? $" {ledger.HeadingFields[0].Value}" : string.Empty;
        document.Info.Title = ledger.Title + number;
        document.Info.Author = ledger.Issuer.LegalName;
        document.Info.Creator = "Facturation";
        var fonts = new DocumentFonts();
        using (var page = new PageComposer(document))
        {
            var footer = ledger.Issuer.LegalMentions.SelectMany(m => TextWrapper.Wrap(page.Graphics, m, fonts.Small, page.Width)).ToList();
            page.FooterHeight = 10 + ((footer.Count + 1) * DocumentFonts.LineHeight(fonts.Small));
            DrawHeading(ledger, page, fonts);
            DrawAddressee(ledger, page, fonts);
            foreach (var line in ledger.Introduction)
            {
                page.Paragraph(line, fonts.Body, page.Left, page.Width);
            }

            page.Y += ledger.Introduction.Count > 0 ? 6 : 0;
            DrawTable(ledger, page, fonts, $"{ledger.Title}{number} (suite)");
            DrawTotals(ledger, page, fonts);
            foreach (var note in ledger.Notes)
            {
                page.Paragraph(note, fonts.Small, page.Left, page.Width, Muted);
            }

            page.DecoratePages((gfx, index, count) => DecoratePage(page, fonts, footer, gfx, index, count));
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static void DrawHeading(LedgerDocument ledger, PageComposer page, DocumentFonts fonts)
    {
        var top = page.Y;
        var leftWidth = page.Width * 0.5;
        if (Logo(ledger.Issuer.Logo) is { } logo)
        {
            using (logo)
            {
                var scale = Math.Min(150 / logo.PointWidth, 55 / logo.PointHeight);
                page.Graphics.DrawImage(logo, page.Left, page.Y, logo.PointWidth * scale, logo.PointHeight * scale);
                page.Y += (logo.PointHeight * scale) + 6;
            }
        }

        page.Paragraph(ledger.Issuer.LegalName, fonts.Company, page.Left, leftWidth, Accent);
        var contact = new[] { ledger.Issuer.Phone is { } phone ? $"Tél. : {phone}" : null, ledger.Issuer.Email, ledger.Issuer.VatNumber is { } vat ? $"N° TVA : {vat}" : null };
        foreach (var line in ledger.Issuer.AddressLines.Concat(contact.OfType<string>()))
        {
            page.Paragraph(line, fonts.Body, page.Left, leftWidth);
        }

        var leftBottom = page.Y;
        var right = page.Left + (page.Width * 0.52);
        var rightWidth = page.Right - right;
        page.Text(ledger.Title, fonts.Title, right, top, rightWidth, XStringFormats.TopRight, Accent);
        var y = top + DocumentFonts.LineHeight(fonts.Title) + 4;
        foreach (var (label, value) in ledger.HeadingFields)
        {
            page.Text(label, fonts.Body, right, y, rightWidth * 0.45, XStringFormats.TopLeft, Muted);
            page.Text(value, fonts.BodyBold, right, y, rightWidth, XStringFormats.TopRight);
            y += DocumentFonts.LineHeight(fonts.Body);
        }

        page.Y = Math.Max(leftBottom, y) + BlockGap;
    }

    private static void DrawAddressee(LedgerDocument ledger, PageComposer page, DocumentFonts fonts)
    {
        if (ledger.Addressee is not { } addressee)
        {
            return;
        }

        const double padding = 6;
        var width = (page.Width * 0.48) - 2;
        var x = page.Right - width;
        var top = page.Y;
        var cursor = top + padding;
        page.Text(addressee.Caption, fonts.SmallBold, x + padding, cursor, width, XStringFormats.TopLeft, Muted);
        cursor += DocumentFonts.LineHeight(fonts.SmallBold) + 2;
        var party = addressee.Party;
        var lines = new List<(string Text, XFont Font)> { (party.Name, fonts.BodyBold) };
        lines.AddRange(new[] { party.Code is { } code ? $"Code client : {code}" : null, party.ContactName }.OfType<string>().Concat(party.BillingAddressLines).Select(l => (l, fonts.Body)));
        foreach (var (text, font) in lines)
        {
            foreach (var wrapped in TextWrapper.Wrap(page.Graphics, text, font, width - (2 * padding)))
            {
                page.Text(wrapped, font, x + padding, cursor, width - (2 * padding), XStringFormats.TopLeft);
                cursor += DocumentFonts.LineHeight(font);
            }
        }

        page.Graphics.DrawRoundedRectangle(BoxPen, x, top, width, cursor + padding - top, 6, 6);
        page.Y = cursor + padding + BlockGap;
    }

    private static void DrawTable(LedgerDocument ledger, PageComposer page, DocumentFonts fonts, string continued)
    {
        var table = new Table(page, fonts, [.. ledger.Columns.Select(c => new TableColumn(c.Header, c.Width, c.AlignRight))], page.Left, page.Width);
        page.OnPageContinued = () =>
        {
            page.Text(continued, fonts.Small, page.Left, page.Y, page.Width, XStringFormats.TopRight, Muted);
            page.Y += DocumentFonts.LineHeight(fonts.Small) + 4;
        };
        page.EnsureSpace(table.HeaderHeight + (3 * DocumentFonts.LineHeight(fonts.Body)));
        table.DrawHeader();
        foreach (var row in ledger.Rows)
        {
            table.DrawRow([.. row.Select(c => c.Format(ledger.CurrencySymbol))], fonts.Body);
        }

        page.Y += BlockGap;
    }

    private static void DrawTotals(LedgerDocument ledger, PageComposer page, DocumentFonts fonts)
    {
        var rowHeight = DocumentFonts.LineHeight(fonts.Body) + 6;
        page.EnsureSpace(ledger.Totals.Count * rowHeight);
        var width = page.Width * 0.45;
        var x = page.Right - width;
        foreach (var (label, value, strong) in ledger.Totals)
        {
            if (strong)
            {
                page.Graphics.DrawRectangle(TotalBackground, x, page.Y, width, rowHeight);
            }

            var font = strong ? fonts.BodyBold : fonts.Body;
            page.Text(label, font, x + 4, page.Y + 3, width - 8, XStringFormats.TopLeft);
            page.Text(value.Amount is { } amount ? DocumentFormat.Amount(amount, ledger.CurrencySymbol) : value.Format(ledger.CurrencySymbol), font, x + 4, page.Y + 3, width - 8, XStringFormats.TopRight);
            page.Y += rowHeight;
        }

        page.Y += BlockGap;
    }

    private static void DecoratePage(PageComposer page, DocumentFonts fonts, IReadOnlyList<string> footer, XGraphics gfx, int number, int count)
    {
        var lineHeight = DocumentFonts.LineHeight(fonts.Small);
        var y = page.PageHeight - PageComposer.Margin - page.FooterHeight + 6;
        gfx.DrawLine(BoxPen, page.Left, y, page.Right, y);
        y += 4;
        foreach (var line in footer)
        {
            gfx.DrawString(line, fonts.Small, Muted, new XRect(page.Left, y, page.Width, lineHeight), XStringFormats.TopCenter);
            y += lineHeight;
        }

        gfx.DrawString($"Page {number} / {count}", fonts.Small, Muted, new XRect(page.Left, y, page.Width, lineHeight), XStringFormats.TopRight);
    }

    /// <summary>The company logo, or null when there is none or PDFsharp cannot read it (the document is printed anyway).</summary>
    private static XImage? Logo(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return null;
        }

        try
        {
            return XImage.FromStream(new MemoryStream(bytes.ToArray(), writable: false));
        }
#pragma warning disable CA1031 // A broken logo must not prevent printing the statement.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
