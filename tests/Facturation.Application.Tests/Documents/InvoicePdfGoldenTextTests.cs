using Facturation.Documents;
using Facturation.Testing;

namespace Facturation.Application.Tests.Documents;

/// <summary>
/// The rich sample's extracted text against a committed file: any change of layout or engine (ADR-015: PDFsharp
/// 6.5 → 6.2.4) that moves a character shows up here. Regenerate the file with
/// <c>FACTURATION_UPDATE_EXPECTED=1</c> only when a layout change is intended, and review its diff.
/// </summary>
public sealed class InvoicePdfGoldenTextTests
{
    private static readonly string ExpectedPath = Path.Combine(AppContext.BaseDirectory, "Documents", "Expected", "rich-invoice.txt");

    [Fact]
    public async Task Render_rich_invoice_extracts_exactly_the_committed_text()
    {
        var text = await PdfText.ExtractTextAsync(new InvoicePdfRenderer().Render(SnapshotBuilder.RichInvoice()));

        if (Environment.GetEnvironmentVariable("FACTURATION_UPDATE_EXPECTED") == "1")
        {
            await File.WriteAllTextAsync(SourcePath(), text);
        }

        Assert.Equal(await File.ReadAllTextAsync(ExpectedPath), text);
    }

    private static string SourcePath([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Expected", "rich-invoice.txt");
}
