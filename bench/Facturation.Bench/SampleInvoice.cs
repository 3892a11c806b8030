using Facturation.Documents;

namespace Facturation.Bench;

/// <summary>A realistic French invoice snapshot: the benchmark's workload and the sample shown in docs/.</summary>
internal static class SampleInvoice
{
    private static readonly (string Description, decimal Quantity, string Unit, decimal Price, decimal Discount)[] Catalogue =
    [
        ("Relevé de cotes sur site et plan d'exécution", 1, "forfait", 450m, 0),
        ("Fenêtre PVC 2 vantaux 120 × 135 cm, double vitrage 4/20/4 argon, oscillo-battant", 4, "u", 685m, 5),
        ("Porte-fenêtre aluminium 215 × 140 cm, seuil PMR", 1, "u", 1890m, 0),
        ("Dépose et évacuation des menuiseries existantes", 5, "u", 85m, 0),
        ("Habillage intérieur et joints d'étanchéité", 12, "ml", 18.5m, 0),
        ("Déplacement atelier – chantier", 2, "u", 45m, 100),
    ];

    public static InvoiceDocumentSnapshot Create(int itemCount)
    {
        var lines = new List<DocumentLine> { DocumentLine.Section("Lot 1 – Menuiseries extérieures") };
        for (var i = 0; i < itemCount; i++)
        {
            var (description, quantity, unit, price, discount) = Catalogue[i % Catalogue.Length];
            var net = decimal.Round(quantity * price * (1 - (discount / 100m)), 2, MidpointRounding.AwayFromZero);
            lines.Add(new DocumentLine
            {
                Description = description,
                Quantity = quantity,
                Unit = unit,
                UnitPrice = price,
                DiscountPercent = discount,
                TaxCode = "TVA10",
                Net = net,
                IsOffered = discount == 100,
            });
        }

        lines.Add(DocumentLine.Comment("Travaux de rénovation dans un logement de plus de deux ans : TVA au taux intermédiaire (attestation simplifiée reçue le 02/11/2026)."));
        var totalNet = lines.Sum(l => l.Net);
        var tax = decimal.Round(totalNet * 0.10m, 2, MidpointRounding.AwayFromZero);
        return new InvoiceDocumentSnapshot
        {
            Title = DocumentTitle.Invoice,
            Number = "FA2611-0128",
            Issuer = new DocumentIssuer
            {
                LegalName = "Menuiserie Martin & Fils",
                AddressLines = ["14 avenue des Tilleuls", "44000 Nantes"],
                Phone = "02 40 12 34 56",
                Email = "facturation@menuiserie-martin.fr",
                VatNumber = "FR83812345674",
                Iban = "FR7614445202000812345678915",
                Bic = "CEPAFRPP444",
                LegalMentions = ["Menuiserie Martin & Fils, SAS au capital de 50 000 € · SIREN 812345674 · RCS Nantes 812345674 · N° TVA FR83812345674"],
            },
            Customer = new DocumentCustomer
            {
                Name = "SCI Les Hauts de Loire",
                Code = "C-00042",
                ContactName = "Mme Élodie Lefèvre",
                BillingAddressLines = ["8 rue Crébillon", "44000 Nantes"],
                DeliveryAddressLines = ["Résidence Les Cèdres – Bât. B", "27 boulevard de la Prairie", "44300 Nantes"],
                Siren = "901234567",
                VatNumber = "FR21901234567",
            },
            IssueDate = new DateOnly(2026, 11, 23),
            DueDate = new DateOnly(2026, 12, 23),
            DeliveryDate = new DateOnly(2026, 11, 18),
            CustomerReference = "Devis DE2610-0031",
            Lines = lines,
            TaxBreakdown = [new DocumentTaxRow("TVA10", "TVA", 10m, totalNet, tax, null)],
            Totals = new DocumentTotals(totalNet, tax, totalNet + tax),
            PaymentTerms = "30 jours, échéance le 23/12/2026",
            Mentions =
            [
                "Pénalités de retard : 10 % par an, exigibles dès le lendemain de la date d'échéance.",
                "Pas d'escompte pour paiement anticipé.",
                "En cas de retard de paiement, une indemnité forfaitaire pour frais de recouvrement de 40 € sera exigée (art. L441-10 du Code de commerce).",
            ],
            FooterMessage = "Merci de votre confiance.",
        };
    }
}
