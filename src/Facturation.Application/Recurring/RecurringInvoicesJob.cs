using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Jobs;
using Facturation.Domain.Common;
using Facturation.Domain.Recurring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Facturation.Application.Recurring;

/// <summary>
/// Generates every occurrence due by the company's date, oldest first across all templates, so that documents
/// issued while catching up after downtime keep the series' chronology. Each occurrence is claimed in the database
/// (<see cref="RecurringInvoiceGenerator"/>): two instances running this job at once generate it once.
/// </summary>
public sealed class RecurringInvoicesJob(FacturationDb db, RecurringInvoiceGenerator generator, IBusinessClock clock, ILogger<RecurringInvoicesJob> logger) : IScheduledJob
{
    public const string JobName = "recurring-invoices";

    public string Name => JobName;

    public async Task<int> RunDueAsync(string workerId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var failed = new List<int>();
        var processed = 0;
        while (await NextDueAsync(today, failed, cancellationToken) is { } due)
        {
            try
            {
                if (await generator.GenerateAsync(due.Id, due.Date, SystemAuditActor.System, workerId, cancellationToken) is not null)
                {
                    processed++;
                }
            }
            catch (DomainException refused)
            {
                // A template that cannot generate (an inactive tax code…) must not stop the others: it waits, with its reason.
                failed.Add(due.Id);
                logger.LogWarning("Recurring invoice {TemplateId}: occurrence of {Date} not generated: {Reason}", due.Id, due.Date, refused.Message);
                await generator.RecordFailureAsync(due.Id, refused.Message, cancellationToken);
            }
        }

        return processed;
    }

    private async Task<(int Id, DateOnly Date)?> NextDueAsync(DateOnly today, List<int> failed, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var next = await db.RecurringInvoiceTemplates.AsNoTracking()
            .Where(t => t.Status == RecurringTemplateStatus.Active && t.NextDate != null && t.NextDate <= today && !failed.Contains(t.Id))
            .OrderBy(t => t.NextDate).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.NextDate })
            .FirstOrDefaultAsync(ct);
        return next is null ? null : (next.Id, next.NextDate!.Value);
    }
}
