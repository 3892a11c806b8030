using Facturation.Domain.Invoicing;

namespace Facturation.Application.Corrections;

/// <summary>
/// A credit note drafted from an issued invoice (<c>POST /api/v1/invoices/{id}/credit-notes</c>): every line when
/// neither lines nor amount is given, chosen lines and quantities, or a net amount (single tax code).
/// </summary>
public sealed class CreditNoteInput
{
    public InvoiceType? Type { get; set; }

    public List<CreditNoteLineInput>? Lines { get; set; }

    public decimal? Amount { get; set; }
}
