namespace Facturation.Web.Api.V1;

/// <summary>Body of <c>POST /api/v1/statements</c>.</summary>
public sealed class StatementRequest
{
    public List<int> InvoiceIds { get; set; } = [];
}
