using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Audit;

/// <summary>
/// The nightly verification, safe with several app instances: each one tries to insert the night's run row
/// (unique date); the one that succeeds verifies and records the outcome, the others skip.
/// </summary>
public sealed class AuditNightlyRunner(FacturationDb db, AuditVerifier verifier, IOptionsMonitor<AuditOptions> options, TimeProvider clock)
{
    /// <summary>Returns the run this instance did, or null when none was due or another instance claimed it.</summary>
    public async Task<AuditVerificationRun?> RunIfDueAsync(string workerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var night = DateOnly.FromDateTime(now);
        if (now.Hour < options.CurrentValue.NightlyHourUtc || await db.AuditVerificationRuns.AnyAsync(r => r.RunDate == night, ct))
        {
            return null;
        }

        var run = new AuditVerificationRun(night, workerId, now);
        db.AuditVerificationRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the same night first.
            db.Entry(run).State = EntityState.Detached;
            return null;
        }

        try
        {
            run.Complete(await verifier.VerifyAsync(ct), clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            run.Fail($"audit: verification failed: {error.Message}", clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(ct);
        return run;
    }
}
