namespace Facturation.Application.Payments;

/// <summary>Use part of a credit note on an open invoice (<c>POST /api/v1/credit-notes/{id}/apply</c>).</summary>
public sealed class CreditApplicationInput
{
    public int? InvoiceId { get; set; }

    public decimal? Amount { get; set; }
}
