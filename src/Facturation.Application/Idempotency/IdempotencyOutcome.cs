namespace Facturation.Application.Idempotency;

public enum IdempotencyOutcome
{
    /// <summary>First use of the key: run the request, then complete or release the claim.</summary>
    Claimed,

    /// <summary>Same key, same request, already answered: replay the stored response.</summary>
    Replay,

    /// <summary>Same key, same request, the first one still running: 409.</summary>
    InProgress,

    /// <summary>Same key, another request: 422.</summary>
    Mismatch,
}
