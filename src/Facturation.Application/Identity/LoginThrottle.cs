namespace Facturation.Application.Identity;

/// <summary>
/// Failed sign-ins counted for one key (an account or a client address, hashed): the database row makes the
/// back-off hold across app instances and restarts.
/// </summary>
public sealed class LoginThrottle
{
    public LoginThrottle(string key, DateTime lastFailureUtc)
    {
        Key = key;
        Failures = 1;
        LastFailureUtc = lastFailureUtc;
    }

    public string Key { get; private set; }

    public int Failures { get; private set; }

    public DateTime LastFailureUtc { get; private set; }

    /// <summary>No attempt for this key is checked before this time.</summary>
    public DateTime? BlockedUntilUtc { get; private set; }
}
