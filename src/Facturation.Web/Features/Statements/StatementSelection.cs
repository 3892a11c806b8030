namespace Facturation.Web.Features.Statements;

/// <summary>The list's selection posted to <c>/Statements/Create</c>.</summary>
public sealed class StatementSelection
{
    public List<int> InvoiceIds { get; set; } = [];
}
