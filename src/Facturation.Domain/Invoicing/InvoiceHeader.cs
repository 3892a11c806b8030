using Facturation.Domain.Common;
using Facturation.Domain.Companies;

namespace Facturation.Domain.Invoicing;

/// <summary>The header fields a user edits on a draft, replaced as a whole.</summary>
public sealed record InvoiceHeader(
    int CustomerId,
    int? BillingContactId = null,
    DateOnly? IssueDate = null,
    DateOnly? DeliveryDate = null,
    DateOnly? DeliveryPeriodEnd = null,
    DateOnly? DueDate = null,
    int? PaymentTermsDays = null,
    string? CustomerReference = null,
    Currency Currency = Currency.EUR,
    string? PublicNote = null,
    string? PrivateNote = null,
    string? QuebecTaxRegistration = null,
    OperationNature? OperationNature = null,
    PostalAddress? DeliveryAddress = null,
    int? ActivityId = null);
