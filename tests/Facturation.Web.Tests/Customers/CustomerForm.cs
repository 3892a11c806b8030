namespace Facturation.Web.Tests.Customers;

/// <summary>Builds the fields a user fills in on the customer form; each test changes only what it is about.</summary>
internal sealed class CustomerForm
{
    private readonly Dictionary<string, string> _fields = new()
    {
        ["Code"] = "ACME",
        ["Name"] = "Acme Industries",
        ["Kind"] = "Company",
        ["Siren"] = "884123456",
        ["VatNumber"] = "FR52884123456",
        ["Email"] = "contact@acme.example",
        ["BillingAddress.Line1"] = "1 rue de la Paix",
        ["BillingAddress.PostalCode"] = "75002",
        ["BillingAddress.City"] = "Paris",
        ["BillingAddress.Country"] = "FR",
        ["DefaultDiscountPercent"] = "0",
    };

    private int _contacts;

    public CustomerForm Set(string field, string value)
    {
        _fields[field] = value;
        return this;
    }

    public CustomerForm WithContact(string name, string email, bool billing = false, bool cc = false)
    {
        var prefix = $"Contacts[{_contacts++}].";
        _fields[prefix + "Name"] = name;
        _fields[prefix + "Email"] = email;
        if (billing)
        {
            _fields[prefix + "IsBillingContact"] = "true";
        }

        if (cc)
        {
            _fields[prefix + "CcOnInvoiceEmails"] = "true";
        }

        return this;
    }

    public Dictionary<string, string> Fields => new(_fields);
}
