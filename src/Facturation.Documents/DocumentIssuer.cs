namespace Facturation.Documents;

/// <summary>The company issuing the document: identity, contact, bank details and legal mentions for the footer.</summary>
public sealed record DocumentIssuer
{
    public required string LegalName { get; init; }

    public IReadOnlyList<string> AddressLines { get; init; } = [];

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? VatNumber { get; init; }

    /// <summary>PNG or JPEG bytes, or empty for no logo.</summary>
    public ReadOnlyMemory<byte> Logo { get; init; }

    public string? Iban { get; init; }

    public string? Bic { get; init; }

    /// <summary>The mandatory mentions printed at the foot of every page (legal form, capital, SIREN, RCS, VAT…).</summary>
    public IReadOnlyList<string> LegalMentions { get; init; } = [];
}
