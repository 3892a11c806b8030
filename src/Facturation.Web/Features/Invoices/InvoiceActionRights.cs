namespace Facturation.Web.Features.Invoices;

/// <summary>What the signed-in user may do on a document (policies Bill and RecordPayments).</summary>
public sealed record InvoiceActionRights(bool CanBill, bool CanRecordPayments);
