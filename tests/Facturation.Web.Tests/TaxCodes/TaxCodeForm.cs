namespace Facturation.Web.Tests.TaxCodes;

/// <summary>The tax code form as a browser posts it: three component rows, unused ones left blank.</summary>
internal sealed class TaxCodeForm
{
    private readonly Dictionary<string, string> _fields = new()
    {
        ["Code"] = "TAXE",
        ["Label"] = "Taxe de test",
        ["Components[0].Name"] = "TVA",
        ["Components[0].Rate"] = "20",
        ["Components[1].Name"] = string.Empty,
        ["Components[1].Rate"] = string.Empty,
        ["Components[2].Name"] = string.Empty,
        ["Components[2].Rate"] = string.Empty,
        ["ExemptionMention"] = string.Empty,
    };

    public TaxCodeForm Set(string field, string value)
    {
        _fields[field] = value;
        return this;
    }

    public TaxCodeForm Component(int row, string name, string rate) =>
        Set($"Components[{row}].Name", name).Set($"Components[{row}].Rate", rate);

    public Dictionary<string, string> Fields => new(_fields);
}
