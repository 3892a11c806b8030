namespace Facturation.Application.Payments;

public sealed class AllocationInput
{
    public int InvoiceId { get; set; }

    public decimal? Amount { get; set; }
}
