using Facturation.Domain.Common;

namespace Facturation.Application.Common;

/// <summary>A postal address as posted by a form or the API (<c>{line1, line2, postalCode, city, country}</c>).</summary>
public sealed class AddressInput
{
    public string? Line1 { get; set; }

    public string? Line2 { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; } = "FR";

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Line1) && string.IsNullOrWhiteSpace(Line2)
        && string.IsNullOrWhiteSpace(PostalCode) && string.IsNullOrWhiteSpace(City);

    public static AddressInput From(PostalAddress? address) => address is null
        ? new AddressInput()
        : new AddressInput { Line1 = address.Line1, Line2 = address.Line2, PostalCode = address.PostalCode, City = address.City, Country = address.Country };

    public PostalAddress ToAddress() => new(
        Line1?.Trim() ?? string.Empty,
        string.IsNullOrWhiteSpace(Line2) ? null : Line2.Trim(),
        PostalCode?.Trim() ?? string.Empty,
        City?.Trim() ?? string.Empty,
        string.IsNullOrWhiteSpace(Country) ? "FR" : Country.Trim().ToUpperInvariant());
}
