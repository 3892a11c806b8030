using Facturation.Domain.Common;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>A view of a list saved by one user: a name and the list's URL query (filters, quick filters, sort, columns).</summary>
public sealed class SavedListView
{
    public const int MaxNameLength = 60;
    public const int MaxQueryLength = 2000;

    private SavedListView()
    {
    }

    public SavedListView(string userId, string list, string? name, string? query, DateTime nowUtc)
    {
        (UserId, List, CreatedAtUtc) = (userId, list, nowUtc);
        Name = Require.Text(name, "name", "Le nom de la vue", MaxNameLength);
        Replace(query, nowUtc);
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    /// <summary>Which list the view belongs to (<c>invoices</c>).</summary>
    public string List { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    /// <summary>The query string without <c>?</c>, paging removed.</summary>
    public string Query { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public void Replace(string? query, DateTime nowUtc)
    {
        var text = (query ?? string.Empty).Trim().TrimStart('?');
        if (text.Length > MaxQueryLength)
        {
            throw new DomainException("view.query_too_long", $"Les filtres d'une vue font au plus {MaxQueryLength} caractères.", "query");
        }

        (Query, UpdatedAtUtc) = (text, nowUtc);
    }
}
