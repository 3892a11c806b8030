using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Audit;

/// <summary>The background loop of one app instance that starts the nightly verification when it is due.</summary>
public sealed class AuditNightlyWorker(IServiceScopeFactory scopes, IOptionsMonitor<AuditOptions> options, ILogger<AuditNightlyWorker> logger) : BackgroundService
{
    private readonly string _workerId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(options.CurrentValue.StartDelay, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (options.CurrentValue.NightlyVerification)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (await scope.ServiceProvider.GetRequiredService<AuditNightlyRunner>().RunIfDueAsync(_workerId, stoppingToken) is { } run)
                    {
                        logger.Log(run.Outcome == AuditRunOutcome.Intact ? LogLevel.Information : LogLevel.Error, "Nightly audit verification: {Message}", run.Message);
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogError(error, "Nightly audit verification could not start");
                }
            }

            await Task.Delay(options.CurrentValue.CheckInterval, stoppingToken);
        }
    }
}
