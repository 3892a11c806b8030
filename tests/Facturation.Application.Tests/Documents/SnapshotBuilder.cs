using Facturation.Documents;

namespace Facturation.Application.Tests.Documents;

/// <summary>Hand-built document snapshots for renderer tests: the brief's reference invoice (1 × 100 + 3 × 100 at 20 %).</summary>
internal static class SnapshotBuilder
{
    public static InvoiceDocumentSnapshot ReferenceInvoice() => new()
    {
        Title = DocumentTitle.Invoice,
        Number = "FA2611-0042",
        Issuer = new DocumentIssuer
        {
            LegalName = "Atelier Éole SARL",
            AddressLines = ["12 rue de la Forêt", "69003 Lyon", "France"],
            Email = "compta@atelier-eole.fr",
            Phone = "04 72 00 00 00",
            VatNumber = "FR40123456789",
            Iban = "FR7630006000011234567890189",
            Bic = "AGRIFRPP",
            LegalMentions = ["SARL au capital de 10 000 € · SIREN 123 456 789 · RCS Lyon · N° TVA FR40123456789"],
        },
        Customer = new DocumentCustomer
        {
            Name = "Société Générale des Pâtisseries",
            Code = "CU-0007",
            BillingAddressLines = ["3 place Bellecour", "69002 Lyon", "France"],
            DeliveryAddressLines = ["Entrepôt Sud", "8 allée des Cerisiers", "69007 Lyon"],
            Siren = "552120222",
            VatNumber = "FR17552120222",
        },
        IssueDate = new DateOnly(2026, 11, 23),
        DueDate = new DateOnly(2026, 12, 23),
        DeliveryDate = new DateOnly(2026, 11, 20),
        CustomerReference = "BC-7781",
        Lines =
        [
            Item("Étude préalable et relevé des côtes", 1, 100),
            Item("Pose de menuiseries – fenêtre 120 × 80, châssis oscillo-battant", 3, 100),
        ],
        TaxBreakdown = [new DocumentTaxRow("T20", "TVA", 20m, 400m, 80m, null)],
        Totals = new DocumentTotals(400m, 80m, 480m),
        PaymentTerms = "30 jours, le 23/12/2026",
        Mentions =
        [
            "Pénalités de retard : 10 % par an, exigibles dès le lendemain de l'échéance.",
            "En cas de retard de paiement, une indemnité forfaitaire pour frais de recouvrement de 40 € sera exigée (art. L441-10 du Code de commerce).",
        ],
        FooterMessage = "Merci de votre confiance.",
    };

    /// <summary>
    /// A document using every printed feature: logo, two VAT rates, a discount, an offered and an option line, a
    /// section, a comment, a public note, payments and enough lines for two pages.
    /// </summary>
    public static InvoiceDocumentSnapshot RichInvoice()
    {
        var reference = ReferenceInvoice();
        var reduced = Item("Fourniture de joints – taux réduit", 4, 12.5m) with { TaxCode = "T10" };
        return reference with
        {
            Issuer = reference.Issuer with { Logo = Png() },
            Lines =
            [
                DocumentLine.Section("Lot 1 – Menuiseries"),
                .. reference.Lines,
                Item("Remise commerciale sur dépose", 2, 80, discountPercent: 10),
                Item("Câble offert", 2, 15, discountPercent: 100),
                Item("Extension de garantie", 0, 50),
                reduced,
                DocumentLine.Comment("Travaux réalisés le samedi, accès par la cour."),
                DocumentLine.Section("Lot 2 – Finitions"),
                .. Enumerable.Range(1, 30).Select(i => Item($"Finition {i} : reprise d'enduit et peinture", 1, 10)),
            ],
            TaxBreakdown =
            [
                new DocumentTaxRow("T20", "TVA", 20m, 844m, 168.80m, null),
                new DocumentTaxRow("T10", "TVA", 10m, 50m, 5m, null),
            ],
            Totals = new DocumentTotals(894m, 173.80m, 1067.80m, AlreadyPaid: 300m, AmountDue: 767.80m),
            PublicNote = "Chantier : 8 allée des Cerisiers, Lyon 7e.",
        };
    }

    public static DocumentLine Item(string description, decimal quantity, decimal unitPrice, decimal discountPercent = 0) => new()
    {
        Description = description,
        Quantity = quantity,
        Unit = "u",
        UnitPrice = unitPrice,
        DiscountPercent = discountPercent,
        TaxCode = "T20",
        Net = decimal.Round(quantity * unitPrice * (1 - (discountPercent / 100m)), 2),
        IsOffered = discountPercent == 100m && quantity > 0,
        IsOption = quantity == 0,
    };

    public static InvoiceDocumentSnapshot WithLines(this InvoiceDocumentSnapshot snapshot, int count) => snapshot with
    {
        Lines = [.. Enumerable.Range(1, count).Select(i => Item($"Ligne {i} : prestation détaillée n° {i}", 1, 10))],
        TaxBreakdown = [new DocumentTaxRow("T20", "TVA", 20m, count * 10m, count * 2m, null)],
        Totals = new DocumentTotals(count * 10m, count * 2m, count * 12m),
    };

    /// <summary>A 4 × 2 PNG (red and blue pixels), written with the PNG format's own rules.</summary>
    public static byte[] Png()
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(stream, "IHDR", [0, 0, 0, 4, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
        var raw = new List<byte>();
        for (var row = 0; row < 2; row++)
        {
            raw.Add(0);
            for (var x = 0; x < 4; x++)
            {
                raw.AddRange(row == 0 ? [200, 30, 30] : [31, 64, 104]);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write([.. raw]);
        }

        Chunk(stream, "IDAT", compressed.ToArray());
        Chunk(stream, "IEND", []);
        return stream.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        stream.Write(BigEndian((uint)data.Length));
        stream.Write(typeBytes);
        stream.Write(data);
        stream.Write(BigEndian(Crc32([.. typeBytes, .. data])));
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
