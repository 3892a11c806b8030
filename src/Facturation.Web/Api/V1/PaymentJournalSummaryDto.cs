namespace Facturation.Web.Api.V1;

/// <summary>Totals over every filtered row: received and refunded (recorded ones), net, and voided.</summary>
public sealed record PaymentJournalSummaryDto(int Count, decimal Received, decimal Refunded, decimal Net, decimal Voided);
