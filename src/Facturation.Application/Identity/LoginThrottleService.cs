using System.Security.Cryptography;
using System.Text;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Identity;

/// <summary>
/// Exponential back-off of interactive sign-ins, per account (known or not, so that the answer never tells
/// which accounts exist) and per client address. It replaces Identity's lockout, which also cut the account's
/// API tokens: an anonymous attacker could stop any integration with five wrong passwords.
/// </summary>
public sealed class LoginThrottleService(FacturationDb db, TimeProvider clock)
{
    /// <summary>Failures without delay, then 30 s, 1 min, 2 min… up to 15 min; forgotten after an hour without failure.</summary>
    public const int AccountFreeFailures = 5;

    /// <summary>One address may mistype several accounts (an office behind one NAT) before it is slowed down.</summary>
    public const int AddressFreeFailures = 20;

    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaximumDelay = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>How long the caller must still wait before an attempt is checked; null when it may try now.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(string account, string? address, CancellationToken ct)
    {
        var keys = Keys(account, address).Select(k => k.Key).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = await db.LoginThrottles.AsNoTracking()
            .Where(t => keys.Contains(t.Key) && t.BlockedUntilUtc != null && t.BlockedUntilUtc > now)
            .MaxAsync(t => t.BlockedUntilUtc, ct);
        return until is { } blocked ? blocked - now : null;
    }

    public async Task RecordFailureAsync(string account, string? address, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, free) in Keys(account, address))
        {
            var failures = await IncrementAsync(key, now, ct);
            if (failures >= free)
            {
                var delay = TimeSpan.FromTicks(Math.Min(MaximumDelay.Ticks, FirstDelay.Ticks << Math.Min(failures - free, 10)));
                await db.LoginThrottles.Where(t => t.Key == key).ExecuteUpdateAsync(s => s.SetProperty(t => t.BlockedUntilUtc, now + delay), ct);
            }
        }
    }

    /// <summary>A successful sign-in clears the account's count (not the address's: a valid account must not reset it).</summary>
    public Task RecordSuccessAsync(string account, CancellationToken ct)
    {
        var key = AccountKey(account);
        return db.LoginThrottles.Where(t => t.Key == key).ExecuteDeleteAsync(ct);
    }

    /// <summary>One atomic statement per failure, so that two instances never lose a count.</summary>
    private async Task<int> IncrementAsync(string key, DateTime now, CancellationToken ct)
    {
        var stale = now - Window;
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.LoginThrottles.Where(t => t.Key == key).ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Failures, t => t.LastFailureUtc < stale ? 1 : t.Failures + 1).SetProperty(t => t.LastFailureUtc, now), ct);
            if (updated > 0)
            {
                return await db.LoginThrottles.AsNoTracking().Where(t => t.Key == key).Select(t => t.Failures).SingleAsync(ct);
            }

            var row = new LoginThrottle(key, now);
            db.LoginThrottles.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                return row.Failures;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another instance inserted the row first: count on it.
                db.ChangeTracker.Clear();
            }
            finally
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }
    }

    private static IEnumerable<(string Key, int Free)> Keys(string account, string? address)
    {
        yield return (AccountKey(account), AccountFreeFailures);
        if (!string.IsNullOrEmpty(address))
        {
            yield return ("ip:" + Hash(address), AddressFreeFailures);
        }
    }

    /// <summary>Hashed, so that the table holds neither e-mail addresses nor IP addresses, and keys have a fixed length.</summary>
    private static string AccountKey(string account) => "account:" + Hash(account.Trim().ToUpperInvariant());

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
