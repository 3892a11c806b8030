using Facturation.Application.Common;
using Facturation.Domain.Common;
using Facturation.Domain.Customers;

namespace Facturation.Application.Generation;

/// <summary>French companies with valid SIRENs (Luhn), plausible names and addresses, deterministic for a seed.</summary>
public static class GeneratedCustomers
{
    private static readonly string[] Trades =
    [
        "Menuiserie", "Boulangerie", "Garage", "Cabinet", "Plomberie", "Électricité", "Transports", "Imprimerie", "Pharmacie",
        "Librairie", "Fromagerie", "Charpente", "Paysages", "Informatique", "Conseil", "Architecture", "Toiture", "Optique",
    ];

    private static readonly string[] Names =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
        "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
    ];

    private static readonly string[] LegalForms = ["SARL", "SAS", "SA", "EURL", "SASU"];

    private static readonly (string PostalCode, string City)[] Cities =
    [
        ("75011", "Paris"), ("69003", "Lyon"), ("13008", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"),
        ("67000", "Strasbourg"), ("59000", "Lille"), ("35000", "Rennes"), ("34000", "Montpellier"), ("06000", "Nice"), ("21000", "Dijon"),
    ];

    private static readonly string[] Streets = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Pasteur", "place de la Mairie", "rue des Écoles"];

    public static Customer Create(Random random, int index)
    {
        ArgumentNullException.ThrowIfNull(random);
        var name = $"{Pick(random, Trades)} {Pick(random, Names)} {Pick(random, LegalForms)}";
        var (postalCode, city) = Pick(random, Cities);
        var address = new PostalAddress($"{random.Next(1, 200)} {Pick(random, Streets)}", null, postalCode, city, "FR");
        var code = $"G{index:000000}";
        var email = $"compta.{code.ToLowerInvariant()}@example.fr";
        int? terms = random.Next(4) switch { 0 => 45, 1 => 60, _ => null };
        var profile = new CustomerProfile(code, name, CustomerKind.Company, Siren(random), null, null, email, null, address, null, terms, 0m, "Client généré (demo generate).");
        return new Customer(profile, []);
    }

    /// <summary>Eight random digits and the check digit that makes the number pass the SIREN rule (Luhn).</summary>
    public static string Siren(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var stem = random.Next(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10).Select(d => stem + (char)('0' + d)).First(IdentifierRules.IsValidSiren);
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
