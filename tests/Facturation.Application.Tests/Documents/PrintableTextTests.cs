using Facturation.Documents;
using Facturation.Testing;

namespace Facturation.Application.Tests.Documents;

/// <summary>The cut-down document fonts (ADR-007, "Session 11") still print what French and Québec invoices contain.</summary>
public sealed class PrintableTextTests
{
    /// <summary>French and Québec typography, every printable Latin-1 character, and a sample of each kept script.</summary>
    private static readonly string[] Samples =
    [
        "Œuvre, cœur, « guillemets », l’apostrophe, — tiret, … points, N° 12, n° 3, № 4, 1ᵉʳ, 2ᵉ, 10 % , 1 234,56 €",
        "Montréal (Québec) H2X 1Y4 · TPS/TVQ 5 % + 9,975 % · Ÿ ÿ ç Ç É È Ê Ë À Â Î Ï Ô Û Ù Ü",
        "™ © ® ° ² ³ ½ ¼ ¾ µ ± × ÷ ≤ ≥ ≠ ≈ − √ ∞ † ‡ • ‰ ′ ″ ← → ↑ ↓ ✓ ✗ ■ □ ● ○",
        "$ £ ¥ ¢ ₣ ₤ ₧ ₪ ₫ € ₭ ₮ ₱ ₲ ₴ ₵ ₸ ₹ ₺ ₽ ﬁ ﬂ ﬀ",
        new string([.. Enumerable.Range(0xA0, 0x100 - 0xA0).Select(c => (char)c)]),
        new string([.. Enumerable.Range(0x100, 0x180 - 0x100).Select(c => (char)c)]),
        "Łódź Świętokrzyska, Kraków · Dvořák Škoda · Őrség · Ștefan Țară · Đặng Thị Phương, Hà Nội, Nguyễn Văn Ước",
        "Αθήνα Ελλάδα · Москва, ООО «Ромашка» · Київ, Україна · Beograd Ђорђе",
        "\u00A0\u2009\u202F\u2007\u2002\u2003",
    ];

    [Fact]
    public void Document_faces_have_a_glyph_for_every_character_of_the_samples()
    {
        foreach (var sample in Samples)
        {
            Assert.Empty(PrintableText.MissingGlyphs(sample));
        }
    }

    [Fact]
    public void Characters_outside_the_kept_scripts_are_reported()
    {
        Assert.Equal(["א", "中", "文", "😀"], PrintableText.MissingGlyphs("Shalom א, 中文 中, smile 😀 😀"));
    }

    [Fact]
    public async Task Samples_rendered_in_a_document_read_back_unchanged()
    {
        var printed = Samples.Take(4).Concat(Samples.Skip(6).Take(2)).ToList();
        var snapshot = SnapshotBuilder.ReferenceInvoice() with
        {
            Lines = [.. printed.Select(sample => SnapshotBuilder.Item(sample, 1, 10))],
        };

        var text = await PdfText.ExtractTextAsync(new InvoicePdfRenderer().Render(snapshot));

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        foreach (var word in printed.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 2))
        {
            Assert.Contains(word, compact, StringComparison.Ordinal);
        }
    }
}
