using Facturation.Documents;

namespace Facturation.Web.Api.V1;

/// <summary>The customer as printed on the document: frozen at issue for an issued document, as it is now for a draft.</summary>
public sealed record DocumentCustomerDto(string Name, IReadOnlyList<string> Address, string? Siren, string? VatNumber, IReadOnlyList<string> DeliveryAddress)
{
    public static DocumentCustomerDto From(DocumentCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new(customer.Name, customer.BillingAddressLines, customer.Siren, customer.VatNumber, customer.DeliveryAddressLines);
    }
}
