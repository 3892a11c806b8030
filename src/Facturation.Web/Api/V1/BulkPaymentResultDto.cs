using Facturation.Application.Payments;

namespace Facturation.Web.Api.V1;

/// <summary>The payments recorded (one per customer), the credit notes applied to net them, the documents left aside.</summary>
public sealed record BulkPaymentResultDto(IReadOnlyList<PaymentDto> Payments, IReadOnlyList<CreditApplicationDto> CreditApplications, IReadOnlyList<SkippedDocumentDto> Skipped)
{
    public static BulkPaymentResultDto From(BulkPaymentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            [.. result.Payments.Select(PaymentDto.From)],
            [.. result.CreditApplications.Select(a => new CreditApplicationDto(a.Id, a.CreditNoteId, a.InvoiceId, a.Amount, a.Date))],
            [.. result.Skipped.Select(SkippedDocumentDto.From)]);
    }
}
