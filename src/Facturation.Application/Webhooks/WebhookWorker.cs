using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Webhooks;

/// <summary>
/// Runs the <c>webhooks</c> job every <see cref="WebhookOptions.PollInterval"/> (2 s) so that an event leaves within
/// seconds, not at the generic jobs worker's pace. Several instances may run it: translation and claims are guarded
/// in the database.
/// </summary>
public sealed class WebhookWorker(IServiceScopeFactory scopes, IOptionsMonitor<WebhookOptions> options, ILogger<WebhookWorker> logger) : BackgroundService
{
    public string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:webhooks:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (options.CurrentValue.Enabled)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<WebhooksJob>().RunDueAsync(WorkerId, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // A database hiccup must not stop delivery for good: log and try again at the next tick.
                    logger.LogError(error, "Webhook pass failed");
                }
            }

            await Task.Delay(options.CurrentValue.PollInterval, stoppingToken);
        }
    }
}
