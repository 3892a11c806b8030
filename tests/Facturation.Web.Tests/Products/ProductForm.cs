using System.Globalization;

namespace Facturation.Web.Tests.Products;

/// <summary>Builds the fields a user fills in on the product form; each test changes only what it is about.</summary>
internal sealed class ProductForm
{
    private readonly Dictionary<string, string> _fields = new()
    {
        ["Code"] = "PROD",
        ["Label"] = "Prestation de test",
        ["Description"] = "Une description.",
        ["Unit"] = "heure",
        ["UnitPrice"] = "12,50",
        ["CostPrice"] = "4.1",
        ["DefaultTaxCodeId"] = string.Empty,
        ["DefaultGlAccountId"] = string.Empty,
    };

    public ProductForm Set(string field, string value)
    {
        _fields[field] = value;
        return this;
    }

    public ProductForm WithDefaults(int? taxCodeId, int? glAccountId)
    {
        _fields["DefaultTaxCodeId"] = taxCodeId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        _fields["DefaultGlAccountId"] = glAccountId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return this;
    }

    public Dictionary<string, string> Fields => new(_fields);
}
