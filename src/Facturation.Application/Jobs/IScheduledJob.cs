namespace Facturation.Application.Jobs;

/// <summary>
/// Work that becomes due with time (recurring invoices, payment reminders, webhook deliveries…). The
/// <see cref="ScheduledJobsWorker"/> of every app instance and the <c>jobs run</c> command call
/// <see cref="RunDueAsync"/>; an implementation claims each item in the database so that several instances, or a
/// worker and the command at the same time, never process the same item twice.
/// </summary>
public interface IScheduledJob
{
    /// <summary>A stable, lower-case name printed by <c>jobs run</c> and used in logs (e.g. <c>recurring-invoices</c>).</summary>
    string Name { get; }

    /// <summary>Processes everything due now and returns how many items it handled.</summary>
    Task<int> RunDueAsync(string workerId, CancellationToken cancellationToken);
}
