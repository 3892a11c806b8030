using Facturation.Domain.Common;
using Facturation.Domain.Customers;

namespace Facturation.Application.Customers;

/// <summary>The public JSON shape of a customer (<c>/api/v1/customers</c>); field names are a contract.</summary>
public sealed record CustomerDto(
    int Id,
    string Code,
    string Name,
    CustomerKind Kind,
    string? Siren,
    string? VatNumber,
    string? QuebecTaxRegistration,
    string? Email,
    string? Phone,
    AddressDto BillingAddress,
    AddressDto? DeliveryAddress,
    int? PaymentTermsDays,
    decimal DefaultDiscountPercent,
    string? Notes,
    bool Active,
    IReadOnlyList<ContactDto> Contacts,
    string? ElectronicAddress,
    bool RemindersOptOut = false)
{
    public static CustomerDto From(Customer c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CustomerDto(
            c.Id, c.Code, c.Name, c.Kind, c.Siren, c.VatNumber, c.QuebecTaxRegistration, c.Email, c.Phone,
            AddressDto.From(c.BillingAddress), c.DeliveryAddress is null ? null : AddressDto.From(c.DeliveryAddress),
            c.PaymentTermsDays, c.DefaultDiscountPercent, c.Notes, c.Active,
            c.Contacts.OrderBy(x => x.Position)
                .Select(x => new ContactDto(x.Id, x.Name, x.Email, x.Phone, x.Role, x.IsBillingContact, x.CcOnInvoiceEmails))
                .ToList(),
            c.ElectronicAddress,
            c.RemindersOptOut);
    }
}

public sealed record ContactDto(int Id, string Name, string? Email, string? Phone, string? Role, bool IsBillingContact, bool CcOnInvoiceEmails);

public sealed record AddressDto(string Line1, string? Line2, string PostalCode, string City, string Country)
{
    public static AddressDto From(PostalAddress a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Line1, a.Line2, a.PostalCode, a.City, a.Country);
    }
}
