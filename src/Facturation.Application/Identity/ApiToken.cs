namespace Facturation.Application.Identity;

/// <summary>
/// A personal API token. Only its SHA-256 hash is stored: the plain value is shown once at creation.
/// Tokens are 256-bit random values, so a fast hash is enough (no dictionary to attack).
/// </summary>
public sealed class ApiToken
{
    private ApiToken()
    {
    }

    public ApiToken(string userId, string name, string hash, string prefix, DateTime createdAtUtc)
    {
        (UserId, Name, Hash, Prefix, CreatedAtUtc) = (userId, name, hash, prefix, createdAtUtc);
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string Hash { get; private set; } = string.Empty;

    /// <summary>The first characters of the token, shown in lists so users can tell tokens apart.</summary>
    public string Prefix { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? LastUsedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public bool IsActive => RevokedAtUtc is null;

    public void MarkUsed(DateTime nowUtc) => LastUsedAtUtc = nowUtc;

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;
}
