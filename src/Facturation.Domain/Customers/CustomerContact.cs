using Facturation.Domain.Common;

namespace Facturation.Domain.Customers;

public sealed class CustomerContact
{
    private CustomerContact()
    {
    }

    internal CustomerContact(ContactDetails details, int position) => Apply(details, position);

    public int Id { get; private set; }

    public int CustomerId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Role { get; private set; }

    /// <summary>The recipient of invoice emails; exactly one per customer that has contacts.</summary>
    public bool IsBillingContact { get; private set; }

    /// <summary>Copied on every invoice email.</summary>
    public bool CcOnInvoiceEmails { get; private set; }

    public int Position { get; private set; }

    internal void Apply(ContactDetails details, int position)
    {
        var prefix = $"Contacts[{position}].";
        Name = Require.Text(details.Name, prefix + nameof(Name), "Le nom du contact", 200);
        Email = Require.OptionalText(details.Email, prefix + nameof(Email), "L'e-mail du contact", 200);
        Phone = Require.OptionalText(details.Phone, prefix + nameof(Phone), "Le téléphone du contact", 50);
        Role = Require.OptionalText(details.Role, prefix + nameof(Role), "La fonction du contact", 100);
        IsBillingContact = details.IsBillingContact;
        CcOnInvoiceEmails = details.CcOnInvoiceEmails;
        Position = position;
        if ((IsBillingContact || CcOnInvoiceEmails) && Email is null)
        {
            throw new DomainException("contact.email_required", "Un contact qui reçoit les factures doit avoir un e-mail.", prefix + nameof(Email));
        }
    }
}
