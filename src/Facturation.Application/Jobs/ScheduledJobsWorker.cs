using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Jobs;

/// <summary>The background loop of one app instance that runs the scheduled jobs at every poll interval.</summary>
public sealed class ScheduledJobsWorker(ScheduledJobRunner runner, IOptionsMonitor<JobsOptions> options) : BackgroundService
{
    public string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(options.CurrentValue.StartDelay, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (options.CurrentValue.Enabled)
            {
                // The runner catches and logs each job's failure, so the loop never dies on one bad pass.
                await runner.RunOnceAsync(WorkerId, stoppingToken);
            }

            await Task.Delay(options.CurrentValue.PollInterval, stoppingToken);
        }
    }
}
