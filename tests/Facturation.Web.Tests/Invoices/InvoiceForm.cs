using System.Globalization;

namespace Facturation.Web.Tests.Invoices;

/// <summary>Builds the fields of the draft editor: a customer, a due term and lines; each test adds what it is about.</summary>
internal sealed class InvoiceForm
{
    private readonly Dictionary<string, string> _fields = new() { ["PaymentTermsDays"] = "30" };
    private int _lines;

    public InvoiceForm(int customerId) => _fields["CustomerId"] = customerId.ToString(CultureInfo.InvariantCulture);

    public InvoiceForm Set(string field, string value)
    {
        _fields[field] = value;
        return this;
    }

    public InvoiceForm WithLine(string description, string quantity = "1", string unitPrice = "100", string taxCode = "TVA20", string kind = "Item")
    {
        var prefix = $"Lines[{_lines++}].";
        _fields[prefix + "Kind"] = kind;
        _fields[prefix + "Description"] = description;
        _fields[prefix + "Quantity"] = quantity;
        _fields[prefix + "UnitPrice"] = unitPrice;
        _fields[prefix + "TaxCode"] = taxCode;
        _fields[prefix + "GlAccount"] = "706000";
        return this;
    }

    public Dictionary<string, string> Fields => new(_fields);

    public Dictionary<string, string> Command(string command) => new(_fields) { ["command"] = command };
}
