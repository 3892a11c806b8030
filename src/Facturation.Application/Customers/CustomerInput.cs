using Facturation.Application.Common;
using Facturation.Domain.Customers;

namespace Facturation.Application.Customers;

/// <summary>A customer as posted by the form or by <c>POST/PUT /api/v1/customers</c>.</summary>
public sealed class CustomerInput
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public CustomerKind Kind { get; set; } = CustomerKind.Company;

    public string? Siren { get; set; }

    public string? VatNumber { get; set; }

    public string? QuebecTaxRegistration { get; set; }

    /// <summary>E-invoicing address in the PPF directory (scheme 0225); empty means the SIREN.</summary>
    public string? ElectronicAddress { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public AddressInput BillingAddress { get; set; } = new();

    public AddressInput? DeliveryAddress { get; set; }

    public int? PaymentTermsDays { get; set; }

    public decimal DefaultDiscountPercent { get; set; }

    public string? Notes { get; set; }

    public List<ContactInput> Contacts { get; set; } = [];

    /// <summary>"Ne pas relancer": no payment reminder for this customer (ADR-020).</summary>
    public bool RemindersOptOut { get; set; }

    public CustomerProfile ToProfile() => new(
        Code ?? string.Empty,
        Name ?? string.Empty,
        Kind,
        Siren,
        VatNumber,
        QuebecTaxRegistration,
        Email,
        Phone,
        BillingAddress.ToAddress(),
        DeliveryAddress is { IsEmpty: false } delivery ? delivery.ToAddress() : null,
        PaymentTermsDays,
        DefaultDiscountPercent,
        Notes,
        string.IsNullOrWhiteSpace(ElectronicAddress) ? null : ElectronicAddress.Trim());

    public IEnumerable<ContactDetails> ToContacts() => Contacts
        .Where(c => !string.IsNullOrWhiteSpace(c.Name) || !string.IsNullOrWhiteSpace(c.Email))
        .Select(c => new ContactDetails(c.Id, c.Name ?? string.Empty, c.Email, c.Phone, c.Role, c.IsBillingContact, c.CcOnInvoiceEmails));

    public static CustomerInput From(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new CustomerInput
        {
            Code = customer.Code,
            Name = customer.Name,
            Kind = customer.Kind,
            Siren = customer.Siren,
            VatNumber = customer.VatNumber,
            QuebecTaxRegistration = customer.QuebecTaxRegistration,
            ElectronicAddress = customer.ElectronicAddress,
            Email = customer.Email,
            Phone = customer.Phone,
            BillingAddress = AddressInput.From(customer.BillingAddress),
            DeliveryAddress = AddressInput.From(customer.DeliveryAddress),
            PaymentTermsDays = customer.PaymentTermsDays,
            DefaultDiscountPercent = customer.DefaultDiscountPercent,
            Notes = customer.Notes,
            RemindersOptOut = customer.RemindersOptOut,
            Contacts = customer.Contacts.OrderBy(c => c.Position).Select(c => new ContactInput
            {
                Id = c.Id,
                Name = c.Name,
                Email = c.Email,
                Phone = c.Phone,
                Role = c.Role,
                IsBillingContact = c.IsBillingContact,
                CcOnInvoiceEmails = c.CcOnInvoiceEmails,
            }).ToList(),
        };
    }
}
