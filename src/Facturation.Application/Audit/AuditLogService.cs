using Facturation.Application.Common;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Audit;

/// <summary>Reading the audit journal (screen and API) and the outcome of the latest nightly verification.</summary>
public sealed class AuditLogService(FacturationDb db)
{
    public Task<PagedResult<AuditEntry>> ListAsync(AuditLogQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = db.AuditEntries.AsNoTracking();
        if (query.DocumentNumber?.Trim() is { Length: > 0 } number)
        {
            // An event may concern several documents (a payment spread over invoices): "FA-1, FA-2".
            entries = entries.Where(e => e.DocumentNumber == number || e.DocumentNumber!.StartsWith(number + ", ")
                || e.DocumentNumber.EndsWith(", " + number) || e.DocumentNumber.Contains(", " + number + ", "));
        }

        if (query.Event?.Trim() is { Length: > 0 } eventName)
        {
            entries = entries.Where(e => e.Event == eventName);
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.TimeUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.TimeUtc < end);
        }

        return entries.OrderByDescending(e => e.Sequence).ToPageAsync(query.Paging, ct);
    }

    public Task<AuditVerificationRun?> LatestRunAsync(CancellationToken ct) =>
        db.AuditVerificationRuns.AsNoTracking().Where(r => r.Outcome != AuditRunOutcome.Running).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
}
