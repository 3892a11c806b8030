using Facturation.Application.Common;
using Facturation.Application.Customers;
using Facturation.Domain.Customers;

namespace Facturation.Testing;

/// <summary>
/// Customers for tests. A French company or public body must have a valid SIREN (issue 12, BT-47): build them
/// here, or give yours <see cref="Siren"/>, so they stay valid when the rules tighten.
/// </summary>
public static class TestCustomers
{
    /// <summary>A valid SIREN (9 digits, Luhn key) for test customers.</summary>
    public const string Siren = "732829320";

    /// <summary>A French company customer (kind Company, billing address in France) with <see cref="Siren"/>.</summary>
    public static CustomerInput FrenchCompany(string code, string name, string line1 = "1 rue de la Paix", string postalCode = "75002", string city = "Paris") => new()
    {
        Code = code,
        Name = name,
        Kind = CustomerKind.Company,
        Siren = Siren,
        BillingAddress = new AddressInput { Line1 = line1, PostalCode = postalCode, City = city, Country = "FR" },
    };
}
