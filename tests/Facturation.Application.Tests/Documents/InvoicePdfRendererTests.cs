using System.Text.RegularExpressions;
using Facturation.Documents;
using Facturation.Testing;

namespace Facturation.Application.Tests.Documents;

/// <summary>The renderer alone, from hand-built snapshots, read back with poppler-utils.</summary>
public sealed partial class InvoicePdfRendererTests
{
    private static readonly InvoicePdfRenderer Renderer = new();

    private static Task<string> TextOf(InvoiceDocumentSnapshot snapshot) => PdfText.ExtractTextAsync(Renderer.Render(snapshot));

    /// <summary>The text without any whitespace: a rotated watermark comes out one letter per line.</summary>
    private static async Task<string> CompactRawTextOf(InvoiceDocumentSnapshot snapshot) =>
        Whitespace().Replace(await PdfText.ExtractRawTextAsync(Renderer.Render(snapshot)), string.Empty);

    [Fact]
    public async Task Render_reference_invoice_prints_number_customer_lines_totals_and_mentions()
    {
        var text = await TextOf(SnapshotBuilder.ReferenceInvoice());

        Assert.Contains("Facture", text, StringComparison.Ordinal);
        Assert.Contains("FA2611-0042", text, StringComparison.Ordinal);
        Assert.Contains("Société Générale des Pâtisseries", text, StringComparison.Ordinal);
        Assert.Contains("SIREN : 552120222", text, StringComparison.Ordinal);
        Assert.Contains("N° TVA : FR17552120222", text, StringComparison.Ordinal);
        Assert.Contains("Étude préalable et relevé des côtes", text, StringComparison.Ordinal);
        Assert.Contains("fenêtre 120 × 80", text, StringComparison.Ordinal);
        Assert.Matches(@"Total HT\s+400,00 €", text);
        Assert.Matches(@"Total TVA\s+80,00 €", text);
        Assert.Matches(@"Total TTC\s+480,00 €", text);
        Assert.Contains("indemnité forfaitaire pour frais de recouvrement de 40 €", text, StringComparison.Ordinal);
        Assert.Contains("Pénalités de retard", text, StringComparison.Ordinal);
        Assert.Contains("IBAN : FR76 3000 6000 0112 3456 7890 189", text, StringComparison.Ordinal);
        Assert.Contains("SARL au capital de 10 000 €", text, StringComparison.Ordinal);
        Assert.Contains("Merci de votre confiance.", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 / 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_embeds_every_font_with_a_unicode_map()
    {
        var fonts = await PdfText.FontsAsync(Renderer.Render(SnapshotBuilder.ReferenceInvoice()));

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded && f.Unicode, f.Line));
        Assert.All(fonts, f => Assert.Contains("DejaVu", f.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_120_lines_spans_several_pages_each_with_page_number_and_header_row()
    {
        var text = await TextOf(SnapshotBuilder.ReferenceInvoice().WithLines(120));

        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        for (var n = 1; n <= pages.Count; n++)
        {
            Assert.Contains($"Page {n} / {pages.Count}", pages[n - 1], StringComparison.Ordinal);
            Assert.Matches(@"Désignation\s+Qté\s+Unité\s+P\.U\. HT", pages[n - 1]);
        }

        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"Ligne {i} : prestation", text, StringComparison.Ordinal));
        Assert.Contains("FA2611-0042 (suite)", pages[1], StringComparison.Ordinal);
        Assert.Matches(@"Total TTC\s+1 440,00 €", pages[^1]);
    }

    [Theory]
    [InlineData("PROFORMA")]
    [InlineData("BROUILLON")]
    public async Task Render_draft_carries_the_watermark_and_its_proforma_number(string watermark)
    {
        var draft = SnapshotBuilder.ReferenceInvoice() with { Number = "PF2611-0007", IsProforma = true, Watermark = watermark };

        Assert.Contains(watermark, await CompactRawTextOf(draft), StringComparison.Ordinal);
        Assert.Matches(@"Proforma n°\s+PF2611-0007", await TextOf(draft));
    }

    [Fact]
    public async Task Render_final_document_has_no_watermark()
    {
        var text = await CompactRawTextOf(SnapshotBuilder.ReferenceInvoice());

        Assert.DoesNotContain("PROFORMA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BROUILLON", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_offered_and_option_lines_say_so_instead_of_an_amount()
    {
        var snapshot = SnapshotBuilder.ReferenceInvoice() with
        {
            Lines = [SnapshotBuilder.Item("Câble offert", 2, 15, discountPercent: 100), SnapshotBuilder.Item("Extension de garantie", 0, 50), DocumentLine.Section("Lot 2 – Électricité"), DocumentLine.Comment("Travaux réalisés le samedi")],
        };

        var text = await TextOf(snapshot);

        Assert.Matches(@"Câble offert.*100 %.*Offert", text);
        Assert.Matches(@"Extension de garantie.*Option", text);
        Assert.Contains("Lot 2 – Électricité", text, StringComparison.Ordinal);
        Assert.Contains("Travaux réalisés le samedi", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_zero_rate_prints_its_exemption_mention()
    {
        var snapshot = SnapshotBuilder.ReferenceInvoice() with
        {
            TaxBreakdown = [new DocumentTaxRow("EXO", "TVA", 0m, 400m, 0m, "TVA non applicable, art. 293 B du CGI")],
            Totals = new DocumentTotals(400m, 0m, 400m),
        };

        Assert.Contains("TVA non applicable, art. 293 B du CGI", await TextOf(snapshot), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_with_payments_prints_amount_paid_and_amount_due()
    {
        var snapshot = SnapshotBuilder.ReferenceInvoice() with { Totals = new DocumentTotals(400m, 80m, 480m, AlreadyPaid: 144m, AmountDue: 336m) };

        var text = await TextOf(snapshot);

        Assert.Matches(@"Déjà réglé\s+144,00 €", text);
        Assert.Matches(@"Reste à payer\s+336,00 €", text);
    }

    [Fact]
    public async Task Render_without_payments_prints_no_amount_due()
    {
        Assert.DoesNotContain("Reste à payer", await TextOf(SnapshotBuilder.ReferenceInvoice()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentTitle.DepositInvoice, "Facture d'acompte")]
    [InlineData(DocumentTitle.SituationInvoice, "Facture de situation")]
    [InlineData(DocumentTitle.FinalBalanceInvoice, "Facture de solde")]
    [InlineData(DocumentTitle.ReplacementInvoice, "Facture rectificative")]
    [InlineData(DocumentTitle.PenaltyInvoice, "Facture de pénalités")]
    public async Task Render_prints_the_title_of_the_document_type(DocumentTitle title, string expected)
    {
        Assert.Contains(expected, await TextOf(SnapshotBuilder.ReferenceInvoice() with { Title = title }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_credit_note_names_the_invoice_it_corrects()
    {
        var text = await TextOf(SnapshotBuilder.ReferenceInvoice() with { Title = DocumentTitle.CreditNote, Number = "AV2611-0003", CorrectedInvoiceNumber = "FA2611-0042" });

        Assert.Contains("Avoir", text, StringComparison.Ordinal);
        Assert.Contains("Avoir sur facture N° FA2611-0042", text, StringComparison.Ordinal);
        Assert.Matches(@"Facture corrigée\s+FA2611-0042", text);
    }

    [Fact]
    public async Task Render_situation_lines_show_progress_columns_and_billing_recap()
    {
        var snapshot = SnapshotBuilder.ReferenceInvoice() with
        {
            Title = DocumentTitle.SituationInvoice,
            Lines = [SnapshotBuilder.Item("Gros œuvre", 1, 4000) with { Progress = new LineProgress(30m, 20m, 50m) }],
            BillingRecap =
            [
                new RecapRow("Total du dossier", 10000m),
                new RecapRow("Acomptes et situations précédents", 3000m),
                new RecapRow("Cette situation", 2000m),
                new RecapRow("Reste à facturer", 5000m, Emphasized: true),
            ],
        };

        var text = await TextOf(snapshot);

        Assert.Matches(@"Préc\. %\s+Situation %\s+Cumul %", text);
        Assert.Matches(@"Gros œuvre\s+1\s+u\s+30 %\s+20 %\s+50 %", text);
        Assert.Contains("Récapitulatif de facturation", text, StringComparison.Ordinal);
        Assert.Matches(@"Acomptes et situations précédents\s+3 000,00 €", text);
        Assert.Matches(@"Reste à facturer\s+5 000,00 €", text);
    }

    [Fact]
    public async Task Render_without_progress_hides_progress_columns_and_recap()
    {
        var text = await TextOf(SnapshotBuilder.ReferenceInvoice());

        Assert.DoesNotContain("Cumul %", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Récapitulatif de facturation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_estimate_prints_devis_title_validity_and_approval_box()
    {
        var text = await TextOf(SnapshotBuilder.ReferenceInvoice() with { Title = DocumentTitle.Estimate, Number = "DE2611-0001", Mentions = [] });

        Assert.Contains("Devis", text, StringComparison.Ordinal);
        Assert.Matches(@"Valable jusqu'au\s+23/12/2026", text);
        Assert.Contains("Bon pour accord", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Échéance", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_long_description_wraps_inside_its_column()
    {
        var description = string.Join(' ', Enumerable.Repeat("maçonnerie", 40));
        var text = await TextOf(SnapshotBuilder.ReferenceInvoice() with { Lines = [SnapshotBuilder.Item(description, 1, 100)] });

        var linesWithWord = text.Split('\n').Count(l => l.Contains("maçonnerie", StringComparison.Ordinal));
        Assert.True(linesWithWord >= 4, $"{linesWithWord} lines");
        Assert.Equal(40, Regex.Count(text, "maçonnerie"));
    }

    [Fact]
    public async Task Render_with_logo_draws_the_image()
    {
        var snapshot = SnapshotBuilder.ReferenceInvoice() with { Issuer = SnapshotBuilder.ReferenceInvoice().Issuer with { Logo = SnapshotBuilder.Png() } };

        var pdf = Renderer.Render(snapshot);

        Assert.Matches(@"/Subtype\s*/Image", System.Text.Encoding.Latin1.GetString(pdf));
        Assert.Contains("Atelier Éole SARL", await PdfText.ExtractTextAsync(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_with_unreadable_logo_still_renders_the_document()
    {
        var snapshot = SnapshotBuilder.ReferenceInvoice() with { Issuer = SnapshotBuilder.ReferenceInvoice().Issuer with { Logo = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 } } };

        Assert.Contains("480,00 €", await TextOf(snapshot), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
