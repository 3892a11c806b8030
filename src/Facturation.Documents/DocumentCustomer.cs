namespace Facturation.Documents;

/// <summary>The customer block: billing address, optional delivery address and identifiers.</summary>
public sealed record DocumentCustomer
{
    public required string Name { get; init; }

    public string? Code { get; init; }

    public string? ContactName { get; init; }

    public IReadOnlyList<string> BillingAddressLines { get; init; } = [];

    /// <summary>Empty when goods are delivered to the billing address.</summary>
    public IReadOnlyList<string> DeliveryAddressLines { get; init; } = [];

    public string? Siren { get; init; }

    public string? VatNumber { get; init; }

    public string? QuebecTaxRegistration { get; init; }
}
