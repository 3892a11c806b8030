using PdfSharp.Drawing;

namespace Facturation.Documents.Layout;

/// <summary>Where each part of an invoice, credit note or estimate goes on the page, top to bottom.</summary>
internal sealed class InvoiceLayout(InvoiceDocumentSnapshot document, PageComposer page, DocumentFonts fonts)
{
    private const double BlockGap = 14;
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(95, 99, 104));
    private static readonly XBrush Accent = new XSolidBrush(XColor.FromArgb(31, 64, 104));
    private static readonly XBrush TotalBackground = new XSolidBrush(XColor.FromArgb(232, 236, 242));
    private static readonly XBrush WatermarkBrush = new XSolidBrush(XColor.FromArgb(60, 200, 30, 30));
    private static readonly XPen BoxPen = new(XColor.FromArgb(190, 190, 190), 0.6);

    private List<string> _footerLines = [];

    private string Money(decimal amount) => DocumentFormat.Amount(amount, document.CurrencySymbol);

    public void Compose()
    {
        _footerLines = FooterLines();
        page.FooterHeight = 10 + ((_footerLines.Count + 1) * DocumentFonts.LineHeight(fonts.Small));
        DrawHeading();
        DrawParties();
        DrawLines();
        DrawTotals();
        DrawRecap();
        DrawTexts();
        page.DecoratePages(DecoratePage);
    }

    private void DrawHeading()
    {
        var top = page.Y;
        var y = top;
        var issuer = document.Issuer;
        if (LoadLogo(issuer.Logo) is { } logo)
        {
            using (logo)
            {
                var scale = Math.Min(150 / logo.PointWidth, 55 / logo.PointHeight);
                page.Graphics.DrawImage(logo, page.Left, y, logo.PointWidth * scale, logo.PointHeight * scale);
                y += (logo.PointHeight * scale) + 6;
            }
        }

        var leftWidth = page.Width * 0.5;
        page.Y = y;
        page.Paragraph(issuer.LegalName, fonts.Company, page.Left, leftWidth, Accent);
        foreach (var line in issuer.AddressLines.Concat(Present(Labelled("Tél.", issuer.Phone), issuer.Email, Labelled("N° TVA", issuer.VatNumber))))
        {
            page.Paragraph(line, fonts.Body, page.Left, leftWidth);
        }

        var leftBottom = page.Y;
        var right = page.Left + (page.Width * 0.52);
        var rightWidth = page.Right - right;
        page.Text(document.Title.Label(), fonts.Title, right, top, rightWidth, XStringFormats.TopRight, Accent);
        y = top + DocumentFonts.LineHeight(fonts.Title) + 4;
        foreach (var (label, value) in HeadingFields())
        {
            page.Text(label, fonts.Body, right, y, rightWidth * 0.45, XStringFormats.TopLeft, Muted);
            page.Text(value, fonts.BodyBold, right, y, rightWidth, XStringFormats.TopRight);
            y += DocumentFonts.LineHeight(fonts.Body);
        }

        page.Y = Math.Max(leftBottom, y) + BlockGap;
    }

    private IEnumerable<(string Label, string Value)> HeadingFields()
    {
        yield return (document.IsProforma ? "Proforma n°" : "N°", document.Number);
        if (document.IssueDate is { } issue)
        {
            yield return ("Date", DocumentFormat.Date(issue));
        }

        if (document.DueDate is { } due)
        {
            yield return (document.Title == DocumentTitle.Estimate ? "Valable jusqu'au" : "Échéance", DocumentFormat.Date(due));
        }

        if (document.DeliveryDate is { } delivery)
        {
            yield return document.DeliveryPeriodEnd is { } end
                ? ("Période", $"du {DocumentFormat.Date(delivery)} au {DocumentFormat.Date(end)}")
                : ("Date de livraison", DocumentFormat.Date(delivery));
        }

        if (document.Customer.Code is { } code)
        {
            yield return ("Code client", code);
        }

        if (document.CustomerReference is { } reference)
        {
            yield return ("Réf. client", reference);
        }

        if (document.CorrectedInvoiceNumber is { } corrected)
        {
            yield return ("Facture corrigée", corrected);
        }
    }

    private void DrawParties()
    {
        var customer = document.Customer;
        var top = page.Y;
        var boxWidth = (page.Width * 0.48) - 2;
        var billing = new List<(string, XFont)> { (customer.Name, fonts.BodyBold) };
        billing.AddRange(Present(Labelled("À l'attention de", customer.ContactName)).Select(l => (l, fonts.Body)));
        billing.AddRange(customer.BillingAddressLines.Select(l => (l, fonts.Body)));
        billing.AddRange(Present(Labelled("SIREN", customer.Siren), Labelled("N° TVA", customer.VatNumber), Labelled("TPS/TVQ", customer.QuebecTaxRegistration)).Select(l => (l, fonts.Body)));
        var bottom = top + DrawBox("Facturé à", billing, page.Right - boxWidth, top, boxWidth);
        if (customer.DeliveryAddressLines.Count > 0)
        {
            var delivery = new List<(string, XFont)> { (customer.Name, fonts.BodyBold) };
            delivery.AddRange(customer.DeliveryAddressLines.Select(l => (l, fonts.Body)));
            bottom = Math.Max(bottom, top + DrawBox("Adresse de livraison", delivery, page.Left, top, boxWidth));
        }

        page.Y = bottom + BlockGap;
        if (document.CorrectedInvoiceNumber is { } corrected)
        {
            page.Paragraph($"{document.Title.Label()} sur facture N° {corrected}.", fonts.BodyBold, page.Left, page.Width);
            page.Y += 6;
        }
    }

    /// <summary>A framed block with a small caption; returns its height.</summary>
    private double DrawBox(string caption, IReadOnlyList<(string Text, XFont Font)> lines, double x, double y, double width)
    {
        const double padding = 6;
        var cursor = y + padding;
        page.Text(caption, fonts.SmallBold, x + padding, cursor, width, XStringFormats.TopLeft, Muted);
        cursor += DocumentFonts.LineHeight(fonts.SmallBold) + 2;
        foreach (var (text, font) in lines)
        {
            foreach (var wrapped in TextWrapper.Wrap(page.Graphics, text, font, width - (2 * padding)))
            {
                page.Text(wrapped, font, x + padding, cursor, width - (2 * padding), XStringFormats.TopLeft);
                cursor += DocumentFonts.LineHeight(font);
            }
        }

        var height = cursor + padding - y;
        page.Graphics.DrawRoundedRectangle(BoxPen, x, y, width, height, 6, 6);
        return height;
    }

    private void DrawLines()
    {
        List<TableColumn> columns = [new("Désignation", 0), new("Qté", 40, true), new("Unité", 34)];
        if (document.HasProgress)
        {
            columns.AddRange([new("Préc. %", 38, true), new("Situation %", 48, true), new("Cumul %", 40, true)]);
        }

        columns.AddRange([new("P.U. HT", 58, true), new("Remise", 38, true), new("TVA", 38), new("Total HT", 64, true)]);
        var table = new Table(page, fonts, columns, page.Left, page.Width);
        page.OnPageContinued = () =>
        {
            page.Text($"{document.Title.Label()} {document.Number} (suite)", fonts.Small, page.Left, page.Y, page.Width, XStringFormats.TopRight, Muted);
            page.Y += DocumentFonts.LineHeight(fonts.Small) + 4;
        };
        page.EnsureSpace(table.HeaderHeight + (3 * DocumentFonts.LineHeight(fonts.Body)));
        table.DrawHeader();
        foreach (var line in document.Lines)
        {
            switch (line.Kind)
            {
                case DocumentLineKind.Section:
                    table.DrawSpanningRow(line.Description, fonts.BodyBold);
                    break;
                case DocumentLineKind.Comment:
                    table.DrawSpanningRow(line.Description, fonts.BodyItalic);
                    break;
                case DocumentLineKind.Item:
                    table.DrawRow(Cells(line), fonts.Body);
                    break;
            }
        }

        page.Y += BlockGap;
    }

    private List<string> Cells(DocumentLine line)
    {
        List<string> cells = [line.Description, DocumentFormat.Number(line.Quantity), line.Unit ?? string.Empty];
        if (document.HasProgress)
        {
            cells.AddRange(line.Progress is { } p
                ? [DocumentFormat.Percent(p.PreviousPercent), DocumentFormat.Percent(p.CurrentPercent), DocumentFormat.Percent(p.CumulativePercent)]
                : ["", "", ""]);
        }

        var net = line switch
        {
            { IsOffered: true } => "Offert",
            { IsOption: true } => "Option",
            _ => DocumentFormat.Amount(line.Net, string.Empty).TrimEnd(),
        };
        cells.AddRange([
            DocumentFormat.Amount(line.UnitPrice, string.Empty).TrimEnd(),
            line.DiscountPercent > 0 ? DocumentFormat.Percent(line.DiscountPercent) : string.Empty,
            line.TaxCode ?? string.Empty,
            net,
        ]);
        return cells;
    }

    private void DrawTotals()
    {
        var rowHeight = DocumentFonts.LineHeight(fonts.Body) + 6;
        var totals = TotalRows();
        var breakdown = new Table(page, fonts, [new("Taxe", 0), new("Base HT", 70, true), new("Taux", 46, true), new("Montant", 70, true)], page.Left, page.Width * 0.55);
        var breakdownHeight = document.TaxBreakdown.Count == 0 ? 0 : breakdown.HeaderHeight + (document.TaxBreakdown.Count * rowHeight);
        page.EnsureSpace(Math.Max(breakdownHeight, totals.Count * rowHeight));
        var top = page.Y;
        if (document.TaxBreakdown.Count > 0)
        {
            breakdown.DrawHeader();
            foreach (var row in document.TaxBreakdown)
            {
                breakdown.DrawRow([$"{row.Component} ({row.TaxCode})", Money(row.Base), DocumentFormat.Percent(row.Rate), Money(row.Amount)], fonts.Body, breakPages: false);
            }
        }

        var breakdownBottom = page.Y;
        var width = page.Width * 0.38;
        var x = page.Right - width;
        var y = top;
        foreach (var (label, amount, strong) in totals)
        {
            if (strong)
            {
                page.Graphics.DrawRectangle(TotalBackground, x, y, width, rowHeight);
            }

            var font = strong ? fonts.BodyBold : fonts.Body;
            page.Text(label, font, x + 4, y + 3, width - 8, XStringFormats.TopLeft);
            page.Text(Money(amount), font, x + 4, y + 3, width - 8, XStringFormats.TopRight);
            y += rowHeight;
        }

        page.Y = Math.Max(breakdownBottom, y) + BlockGap;
    }

    private List<(string Label, decimal Amount, bool Strong)> TotalRows()
    {
        var taxLabel = document.TaxBreakdown.Select(r => r.Component).Distinct().Count() == 1 ? $"Total {document.TaxBreakdown[0].Component}" : "Total taxes";
        List<(string, decimal, bool)> rows = [("Total HT", document.Totals.Net, false), (taxLabel, document.Totals.Tax, false), ("Total TTC", document.Totals.Gross, true)];
        if (document.Totals.AlreadyPaid is { } paid)
        {
            rows.Add(("Déjà réglé", paid, false));
        }

        if (document.Totals.AmountDue is { } due)
        {
            rows.Add(("Reste à payer", due, true));
        }

        return rows;
    }

    private void DrawRecap()
    {
        if (document.BillingRecap.Count == 0)
        {
            return;
        }

        var rowHeight = DocumentFonts.LineHeight(fonts.Body) + 6;
        page.EnsureSpace(DocumentFonts.LineHeight(fonts.BodyBold) + (document.BillingRecap.Count * rowHeight) + 10);
        page.Paragraph("Récapitulatif de facturation", fonts.BodyBold, page.Left, page.Width, Accent);
        var recap = new Table(page, fonts, [new("Libellé", 0), new("Montant HT", 90, true)], page.Left, page.Width * 0.6);
        foreach (var row in document.BillingRecap)
        {
            recap.DrawRow([row.Label, Money(row.Amount)], row.Emphasized ? fonts.BodyBold : fonts.Body, breakPages: false);
        }

        page.Y += BlockGap;
    }

    private void DrawTexts()
    {
        foreach (var mention in document.TaxBreakdown.Select(r => r.ExemptionMention).OfType<string>().Distinct())
        {
            page.Paragraph(mention, fonts.BodyItalic, page.Left, page.Width);
        }

        if (document.PublicNote is { } note)
        {
            page.Y += 4;
            page.Paragraph(note, fonts.Body, page.Left, page.Width);
        }

        page.Y += 6;
        if (document.PaymentTerms is { } terms)
        {
            page.Paragraph($"Conditions de règlement : {terms}", fonts.Body, page.Left, page.Width);
        }

        if (document.Issuer.Iban is { } iban)
        {
            var bic = document.Issuer.Bic is { } b ? $" · BIC : {b}" : string.Empty;
            page.Paragraph($"Règlement par virement — IBAN : {Grouped(iban)}{bic}", fonts.Body, page.Left, page.Width);
        }

        page.Y += 4;
        foreach (var mention in document.Mentions)
        {
            page.Paragraph(mention, fonts.Small, page.Left, page.Width, Muted);
        }

        if (document.Author is { } author)
        {
            page.Paragraph($"Établi par : {author}", fonts.Small, page.Left, page.Width, Muted);
        }

        if (document.Title == DocumentTitle.Estimate)
        {
            DrawApprovalBox();
        }
    }

    private void DrawApprovalBox()
    {
        const double height = 70;
        var width = page.Width * 0.45;
        page.EnsureSpace(height + 10);
        page.Y += 10;
        page.Graphics.DrawRoundedRectangle(BoxPen, page.Right - width, page.Y, width, height, 6, 6);
        page.Text("Bon pour accord — date, signature et cachet", fonts.Small, page.Right - width + 6, page.Y + 6, width - 12, XStringFormats.TopLeft, Muted);
        page.Y += height;
    }

    private List<string> FooterLines()
    {
        var width = page.Width;
        var lines = new List<string>();
        foreach (var text in Present(document.FooterMessage).Concat(document.Issuer.LegalMentions))
        {
            lines.AddRange(TextWrapper.Wrap(page.Graphics, text, fonts.Small, width));
        }

        return lines;
    }

    private void DecoratePage(XGraphics gfx, int number, int count)
    {
        var lineHeight = DocumentFonts.LineHeight(fonts.Small);
        var y = page.PageHeight - PageComposer.Margin - page.FooterHeight + 6;
        gfx.DrawLine(BoxPen, page.Left, y, page.Right, y);
        y += 4;
        foreach (var line in _footerLines)
        {
            gfx.DrawString(line, fonts.Small, Muted, new XRect(page.Left, y, page.Width, lineHeight), XStringFormats.TopCenter);
            y += lineHeight;
        }

        gfx.DrawString($"Page {number} / {count}", fonts.Small, Muted, new XRect(page.Left, y, page.Width, lineHeight), XStringFormats.TopRight);
        if (document.Watermark is { } watermark)
        {
            var centre = new XPoint(page.PageWidth / 2, page.PageHeight / 2);
            var state = gfx.Save();
            gfx.RotateAtTransform(-45, centre);
            gfx.DrawString(watermark, fonts.Watermark, WatermarkBrush, new XRect(centre.X - 400, centre.Y - 60, 800, 120), XStringFormats.Center);
            gfx.Restore(state);
        }
    }

    /// <summary>The logo, or null when there is none or its bytes are not an image PDFsharp can read (the document is issued anyway).</summary>
    private static XImage? LoadLogo(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return null;
        }

        try
        {
            // PDF/A forbids interpolated images, and PDFsharp interpolates by default.
            var logo = XImage.FromStream(new MemoryStream(bytes.ToArray(), writable: false));
            logo.Interpolate = false;
            return logo;
        }
#pragma warning disable CA1031 // A broken logo must not prevent issuing the invoice.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static string? Labelled(string label, string? value) => value is null ? null : $"{label} : {value}";

    private static IEnumerable<string> Present(params string?[] values) => values.OfType<string>().Where(v => v.Length > 0);

    private static string Grouped(string iban) => string.Join(' ', iban.Chunk(4).Select(c => new string(c)));
}
