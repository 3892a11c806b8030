using Facturation.Domain.Invoicing;
using Facturation.Domain.Taxes;

namespace Facturation.Application.Generation;

/// <summary>Articles and services a small French business sells, at the seeded VAT rates, with cost prices for the margin columns.</summary>
public sealed class GeneratedCatalog
{
    private readonly List<(string Description, string Unit, decimal Price, decimal? Cost, LineTax Tax)> _items;

    public GeneratedCatalog(IReadOnlyList<TaxCode> taxCodes)
    {
        ArgumentNullException.ThrowIfNull(taxCodes);
        LineTax Tax(string code) => LineTax.From(taxCodes.Single(t => t.Code == code));
        var (standard, intermediate, reduced) = (Tax("TVA20"), Tax("TVA10"), Tax("TVA5.5"));
        _items =
        [
            ("Heure de main-d'œuvre", "h", 55m, 32m, standard),
            ("Déplacement", "forfait", 45m, null, standard),
            ("Étude et conseil", "jour", 650m, null, standard),
            ("Fourniture de matériel électrique", "u", 18.90m, 11.20m, standard),
            ("Poste informatique reconditionné", "u", 489m, 352m, standard),
            ("Licence logicielle annuelle", "u", 240m, 150m, standard),
            ("Maintenance mensuelle", "mois", 120m, null, standard),
            ("Rénovation de salle de bains (travaux)", "forfait", 3200m, 2100m, intermediate),
            ("Pose de fenêtres (travaux d'amélioration)", "u", 780m, 510m, intermediate),
            ("Repas traiteur", "couvert", 24.50m, 13m, intermediate),
            ("Isolation thermique des combles", "m²", 38m, 21m, reduced),
            ("Livres et documentation", "u", 29.90m, 19m, reduced),
            ("Formation professionnelle", "jour", 900m, null, standard),
            ("Transport de marchandises", "km", 1.85m, 1.10m, standard),
            ("Impression de brochures", "lot", 310m, 180m, standard),
        ];
    }

    public LineDetails Line(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (description, unit, price, cost, tax) = _items[random.Next(_items.Count)];
        var quantity = price >= 500m ? random.Next(1, 4) : random.Next(1, 21);
        var discount = random.Next(10) switch { 0 => 10m, 1 => 5m, _ => 0m };
        return new LineDetails(LineKind.Item, description, quantity, unit, price, discount, tax, CostPrice: cost);
    }
}
