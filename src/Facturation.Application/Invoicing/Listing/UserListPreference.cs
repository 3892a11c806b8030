namespace Facturation.Application.Invoicing.Listing;

/// <summary>One user's remembered choice for a list: the columns shown (comma-separated keys), kept server-side.</summary>
public sealed class UserListPreference
{
    private UserListPreference()
    {
    }

    public UserListPreference(string userId, string list, string columns, DateTime nowUtc) =>
        (UserId, List, Columns, UpdatedAtUtc) = (userId, list, columns, nowUtc);

    public int Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public string List { get; private set; } = string.Empty;

    public string Columns { get; private set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; private set; }

    public void Remember(string columns, DateTime nowUtc) => (Columns, UpdatedAtUtc) = (columns, nowUtc);
}
