using Microsoft.AspNetCore.Identity;

namespace Facturation.Application.Identity;

/// <summary>
/// Interactive sign-in with throttling instead of Identity's lockout (see ADR-014): a failure never disables the
/// account nor its API tokens, and an unknown account costs the same password-hash work as a known one.
/// </summary>
public sealed class PasswordSignInService(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> hasher,
    LoginThrottleService throttle)
{
    private static readonly AppUser Nobody = new();
    private static string? _nobodysHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember, string? clientAddress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        if (await throttle.RetryAfterAsync(email, clientAddress, ct) is { } wait)
        {
            return new SignInOutcome(SignInStatus.Throttled, wait);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Same work as a wrong password, so that the response time does not reveal unknown accounts.
            _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
            return await FailAsync(email, clientAddress, ct);
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await throttle.RecordSuccessAsync(email, ct);
            return new SignInOutcome(SignInStatus.Succeeded);
        }

        if (result.IsLockedOut && await users.CheckPasswordAsync(user, password))
        {
            return new SignInOutcome(SignInStatus.Disabled);
        }

        return await FailAsync(email, clientAddress, ct);
    }

    private async Task<SignInOutcome> FailAsync(string email, string? clientAddress, CancellationToken ct)
    {
        await throttle.RecordFailureAsync(email, clientAddress, ct);
        return new SignInOutcome(SignInStatus.Failed);
    }
}
