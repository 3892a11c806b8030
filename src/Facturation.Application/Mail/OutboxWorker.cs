using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Mail;

/// <summary>
/// The background delivery loop of one app instance. Several instances may run it on the same database: the
/// lease taken by <see cref="OutboxDispatcher"/> keeps them from sending the same message.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptionsMonitor<OutboxOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    /// <summary>Identifies this instance in the lease owner column (machine, process, instance).</summary>
    public string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            if (options.CurrentValue.Enabled)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    claimed = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(WorkerId, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // A database hiccup must not stop delivery for good: log and try again at the next tick.
                    logger.LogError(error, "Outbox pass failed");
                }
            }

            // A full batch means more may be waiting: go on at once.
            if (claimed < options.CurrentValue.BatchSize)
            {
                await Task.Delay(options.CurrentValue.PollInterval, stoppingToken);
            }
        }
    }
}
