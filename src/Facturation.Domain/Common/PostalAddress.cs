namespace Facturation.Domain.Common;

/// <summary>A postal address, stored inline with its owner. Immutable: replace it to change it.</summary>
public sealed record PostalAddress(string Line1, string? Line2, string PostalCode, string City, string Country)
{
    public static PostalAddress Empty { get; } = new(string.Empty, null, string.Empty, string.Empty, "FR");

    public bool IsEmpty => string.IsNullOrWhiteSpace(Line1) && string.IsNullOrWhiteSpace(City);
}
