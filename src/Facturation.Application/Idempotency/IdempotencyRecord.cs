namespace Facturation.Application.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> of one user: claimed (inserted) before the request runs, completed with the response
/// to replay. The unique index on (user, key) makes the claim race-safe across app instances.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
    }

    public IdempotencyRecord(string userId, string key, string requestHash, DateTime nowUtc, TimeSpan lifetime)
    {
        (UserId, Key, RequestHash, CreatedAtUtc, ExpiresAtUtc) = (userId, key, requestHash, nowUtc, nowUtc + lifetime);
    }

    public long Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public string Key { get; private set; } = string.Empty;

    /// <summary>SHA-256 (hex) of method, path and query, and body.</summary>
    public string RequestHash { get; private set; } = string.Empty;

    /// <summary>Null while the first request still runs.</summary>
    public int? StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public byte[]? ResponseBody { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public bool IsCompleted => StatusCode is not null;
}
