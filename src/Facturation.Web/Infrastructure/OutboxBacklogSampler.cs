using Facturation.Application.Data;
using Facturation.Application.Telemetry;
using Microsoft.Extensions.Options;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Reads the outbox backlog every <see cref="TelemetryOptions.OutboxSampleInterval"/> for the outbox gauges, so that
/// a scrape never touches the database and a database outage never stalls a scrape.
/// </summary>
public sealed class OutboxBacklogSampler(IServiceScopeFactory scopes, FacturationMetrics metrics, IOptionsMonitor<TelemetryOptions> options, ILogger<OutboxBacklogSampler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                metrics.OutboxSampled(await OutboxBacklog.ReadAsync(scope.ServiceProvider.GetRequiredService<FacturationDb>(), stoppingToken));
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The database may be briefly unreachable: keep the last sample and try again at the next tick.
                logger.LogWarning(error, "Outbox backlog sample failed");
            }

            await Task.Delay(options.CurrentValue.OutboxSampleInterval, stoppingToken);
        }
    }
}
