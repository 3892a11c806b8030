namespace Facturation.Application.Customers;

public sealed class ContactInput
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Role { get; set; }

    public bool IsBillingContact { get; set; }

    public bool CcOnInvoiceEmails { get; set; }
}
