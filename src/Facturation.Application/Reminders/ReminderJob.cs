using Facturation.Application.Audit;
using Facturation.Application.Data;
using Facturation.Application.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Reminders;

/// <summary>
/// Sends the reminders due today by the company clock, when the company turned automatic sending on (off by
/// default). Each reminder is claimed by its unique (invoice, level) row, so two instances never send one twice.
/// </summary>
public sealed class ReminderJob(FacturationDb db, ReminderService reminders) : IScheduledJob
{
    public string Name => "payment-reminders";

    public async Task<int> RunDueAsync(string workerId, CancellationToken cancellationToken)
    {
        var automatic = await db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => (bool?)c.Reminders.AutomaticSending).FirstOrDefaultAsync(cancellationToken);
        if (automatic != true)
        {
            return 0;
        }

        var due = await reminders.DueAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var outcomes = await reminders.SendAsync(due.Select(d => d.InvoiceId).ToList(), SystemAuditActor.System, cancellationToken);
        return outcomes.Count(o => o.Sent);
    }
}
