namespace Facturation.Application.Identity;

public enum SignInStatus
{
    Succeeded,

    /// <summary>Unknown account or wrong password: one answer for both, so accounts cannot be enumerated.</summary>
    Failed,

    /// <summary>Too many recent failures for this account or this address; nothing was checked.</summary>
    Throttled,

    /// <summary>The right password of an account an administrator disabled (told only to whoever knows the password).</summary>
    Disabled,
}
