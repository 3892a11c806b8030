using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Idempotency;

/// <summary>
/// Idempotency keys in the database, so that every app instance sees them. A request claims its key by INSERTing
/// it first (the unique index on user + key decides the race); the claim is completed with the response to replay,
/// or released when the request failed in a way worth retrying. Each call uses its own DbContext, so the claim
/// commits before the request runs and never mixes with the request's unit of work.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>How long a key is remembered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A claim never completed after this long (the instance died mid-request) may be taken over.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(10);
    private static long _lastPurgeTicks;

    public async Task<IdempotencyClaim> ClaimAsync(string userId, string key, string requestHash, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await PurgeExpiredIfDueAsync(now, ct);
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FacturationDb>();
            var record = new IdempotencyRecord(userId, key, requestHash, now, Lifetime);
            db.IdempotencyKeys.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
                return new IdempotencyClaim(IdempotencyOutcome.Claimed, record);
            }
            catch (DbUpdateException) when (attempt < attempts)
            {
                db.ChangeTracker.Clear();
            }

            var existing = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);
            if (existing is null)
            {
                continue;
            }

            if (existing.ExpiresAtUtc <= now || (!existing.IsCompleted && existing.CreatedAtUtc + AbandonedAfter <= now))
            {
                // Dead key: remove exactly that row; whoever inserts next wins the unique index.
                await db.IdempotencyKeys.Where(r => r.Id == existing.Id).ExecuteDeleteAsync(ct);
                continue;
            }

            var outcome = existing.RequestHash != requestHash ? IdempotencyOutcome.Mismatch
                : existing.IsCompleted ? IdempotencyOutcome.Replay
                : IdempotencyOutcome.InProgress;
            return new IdempotencyClaim(outcome, existing);
        }
    }

    /// <summary>Stores the response the first request gave, to replay it to any retry.</summary>
    public async Task CompleteAsync(long id, int statusCode, string? contentType, string? location, byte[] body)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FacturationDb>().IdempotencyKeys
            .Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.StatusCode, statusCode)
                .SetProperty(r => r.ContentType, contentType)
                .SetProperty(r => r.Location, location)
                .SetProperty(r => r.ResponseBody, body));
    }

    /// <summary>Forgets the claim (the request failed in a way a retry may fix: a crash, a conflict, a 5xx).</summary>
    public async Task ReleaseAsync(long id)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FacturationDb>().IdempotencyKeys.Where(r => r.Id == id).ExecuteDeleteAsync();
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FacturationDb>().IdempotencyKeys.Where(r => r.ExpiresAtUtc <= now).ExecuteDeleteAsync(ct);
    }

    private async Task PurgeExpiredIfDueAsync(DateTime now, CancellationToken ct)
    {
        var last = Interlocked.Read(ref _lastPurgeTicks);
        if (now.Ticks - last < PurgeEvery.Ticks || Interlocked.CompareExchange(ref _lastPurgeTicks, now.Ticks, last) != last)
        {
            return;
        }

        await PurgeExpiredAsync(ct);
    }
}
