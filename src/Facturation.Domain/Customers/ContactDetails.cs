namespace Facturation.Domain.Customers;

/// <summary>What a user enters for one contact; <see cref="Id"/> is set when it edits an existing one.</summary>
public sealed record ContactDetails(
    int? Id,
    string Name,
    string? Email,
    string? Phone,
    string? Role,
    bool IsBillingContact,
    bool CcOnInvoiceEmails);
