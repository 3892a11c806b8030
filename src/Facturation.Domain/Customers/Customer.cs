using Facturation.Domain.Common;

namespace Facturation.Domain.Customers;

/// <summary>A customer (company or individual) with its contacts. Never deleted once referenced: deactivated.</summary>
public sealed partial class Customer : IDeactivatable
{
    public const string SirenRequiredMessage = "Le SIREN est obligatoire pour une entreprise ou un organisme public établi en France (facture électronique).";

    private readonly List<CustomerContact> _contacts = [];

    private Customer()
    {
    }

    public Customer(CustomerProfile profile, IEnumerable<ContactDetails> contacts)
    {
        Update(profile);
        ReplaceContacts(contacts);
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public CustomerKind Kind { get; private set; }

    public string? Siren { get; private set; }

    public string? VatNumber { get; private set; }

    /// <summary>Québec: the customer's TPS/TVQ registration, printed on invoices.</summary>
    public string? QuebecTaxRegistration { get; private set; }

    /// <summary>The customer's e-invoicing address in the PPF directory (scheme 0225, BT-49).</summary>
    public string? ElectronicAddress { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public PostalAddress BillingAddress { get; private set; } = PostalAddress.Empty;

    public PostalAddress? DeliveryAddress { get; private set; }

    /// <summary>Null: the company's default payment terms apply.</summary>
    public int? PaymentTermsDays { get; private set; }

    public decimal DefaultDiscountPercent { get; private set; }

    public string? Notes { get; private set; }

    public bool Active { get; private set; } = true;

    public IReadOnlyList<CustomerContact> Contacts => _contacts;

    public CustomerContact? BillingContact => _contacts.SingleOrDefault(c => c.IsBillingContact);

    public void Update(CustomerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Code = Require.Code(profile.Code, nameof(Code), "Le code", 30);
        Name = Require.Text(profile.Name, nameof(Name), "Le nom", 200);
        Kind = profile.Kind;
        Siren = Require.OptionalText(profile.Siren?.Replace(" ", string.Empty, StringComparison.Ordinal), nameof(Siren), "Le SIREN", 9);
        if (Siren is null && RequiresSiren(Kind, profile.BillingAddress))
        {
            throw new DomainException("customer.siren_required", SirenRequiredMessage, nameof(Siren));
        }

        VatNumber = Require.OptionalText(profile.VatNumber?.Replace(" ", string.Empty, StringComparison.Ordinal), nameof(VatNumber), "Le numéro de TVA", 20);
        QuebecTaxRegistration = Require.OptionalText(profile.QuebecTaxRegistration, nameof(QuebecTaxRegistration), "Le numéro TPS/TVQ", 50);
        Email = Require.OptionalText(profile.Email, nameof(Email), "L'e-mail", 200);
        ElectronicAddress = Require.OptionalText(profile.ElectronicAddress?.Trim(), nameof(ElectronicAddress), "L'adresse électronique", 125);
        Phone = Require.OptionalText(profile.Phone, nameof(Phone), "Le téléphone", 50);
        BillingAddress = profile.BillingAddress ?? throw new DomainException("customer.address_required", "L'adresse de facturation est obligatoire.", nameof(BillingAddress));
        DeliveryAddress = profile.DeliveryAddress is { IsEmpty: false } delivery ? delivery : null;
        if (profile.PaymentTermsDays is < 0 or > 365)
        {
            throw new DomainException("customer.payment_terms", "Le délai de paiement doit être compris entre 0 et 365 jours.", nameof(PaymentTermsDays));
        }

        PaymentTermsDays = profile.PaymentTermsDays;
        DefaultDiscountPercent = Require.Percentage(profile.DefaultDiscountPercent, nameof(DefaultDiscountPercent), "La remise par défaut");
        Notes = Require.OptionalText(profile.Notes, nameof(Notes), "Les notes", 4000);
    }

    /// <summary>
    /// Replaces the contact list: contacts with a known id are updated in place (their id stays stable for
    /// documents that reference them), the others are added, the missing ones removed.
    /// </summary>
    public void ReplaceContacts(IEnumerable<ContactDetails> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var wanted = contacts.ToList();
        if (wanted.Count > 0 && wanted.Count(c => c.IsBillingContact) != 1)
        {
            throw new DomainException("customer.billing_contact", "Désignez exactement un contact de facturation.", nameof(Contacts));
        }

        var kept = new List<CustomerContact>();
        for (var position = 0; position < wanted.Count; position++)
        {
            var details = wanted[position];
            var existing = details.Id is { } id ? _contacts.SingleOrDefault(c => c.Id == id && id != 0) : null;
            if (existing is null)
            {
                kept.Add(new CustomerContact(details, position));
            }
            else
            {
                existing.Apply(details, position);
                kept.Add(existing);
            }
        }

        _contacts.Clear();
        _contacts.AddRange(kept);
    }

    /// <summary>
    /// French companies and public bodies are identified by their SIREN: BT-47 of every e-invoice sent to them
    /// (2026 reform) and the PDF mention. Individuals and foreign customers have none.
    /// </summary>
    public static bool RequiresSiren(CustomerKind kind, PostalAddress? billingAddress) =>
        kind is CustomerKind.Company or CustomerKind.PublicBody
        && billingAddress is not null
        && (string.IsNullOrWhiteSpace(billingAddress.Country) || string.Equals(billingAddress.Country.Trim(), "FR", StringComparison.OrdinalIgnoreCase));

    public void Deactivate() => Active = false;

    public void Reactivate() => Active = true;

    public void SetActive(bool active) => Active = active;
}
