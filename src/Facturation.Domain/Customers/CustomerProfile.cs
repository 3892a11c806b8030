using Facturation.Domain.Common;

namespace Facturation.Domain.Customers;

/// <summary>Everything a user edits on a customer except its contacts, replaced as a whole.</summary>
public sealed record CustomerProfile(
    string Code,
    string Name,
    CustomerKind Kind,
    string? Siren,
    string? VatNumber,
    string? QuebecTaxRegistration,
    string? Email,
    string? Phone,
    PostalAddress BillingAddress,
    PostalAddress? DeliveryAddress,
    int? PaymentTermsDays,
    decimal DefaultDiscountPercent,
    string? Notes,
    string? ElectronicAddress = null);
