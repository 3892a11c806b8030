using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Facturation.Application.Jobs;

/// <summary>
/// Runs every registered <see cref="IScheduledJob"/> once, each in its own scope so that one job's failure (or its
/// tracked entities) never affects the next one.
/// </summary>
public sealed class ScheduledJobRunner(IServiceScopeFactory scopes, ILogger<ScheduledJobRunner> logger)
{
    public async Task<IReadOnlyList<ScheduledJobResult>> RunOnceAsync(string workerId, CancellationToken cancellationToken)
    {
        var names = JobNames();
        var results = new List<ScheduledJobResult>(names.Count);
        foreach (var name in names)
        {
            results.Add(await RunJobAsync(name, workerId, cancellationToken));
        }

        return results;
    }

    private List<string> JobNames()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices<IScheduledJob>().Select(job => job.Name).ToList();
    }

    private async Task<ScheduledJobResult> RunJobAsync(string name, string workerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(candidate => candidate.Name == name);
        try
        {
            var processed = await job.RunDueAsync(workerId, cancellationToken);
            if (processed > 0)
            {
                logger.LogInformation("Job {Job}: {Processed} item(s) processed", name, processed);
            }

            return new ScheduledJobResult(name, processed, null);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // One failing job must not starve the others: report it and go on.
            logger.LogError(error, "Job {Job} failed", name);
            return new ScheduledJobResult(name, 0, error.Message);
        }
    }
}
