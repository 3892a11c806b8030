namespace Facturation.Web.Api.V1;

/// <summary>Body of <c>PUT /api/v1/invoices/{id}/author</c>: the id of the user named author.</summary>
public sealed class AuthorChange
{
    public string? AuthorId { get; set; }
}
