namespace Facturation.Application.Dossiers;

/// <summary><c>POST /api/v1/invoices/merge</c>: drafts of one customer merged into one.</summary>
public sealed class MergeInput
{
    public List<int> InvoiceIds { get; set; } = [];
}
