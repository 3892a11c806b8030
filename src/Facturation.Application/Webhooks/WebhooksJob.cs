using Facturation.Application.Jobs;

namespace Facturation.Application.Webhooks;

/// <summary>
/// The <c>webhooks</c> scheduled job: translate new audit entries into deliveries, then post what is due. Run by
/// <see cref="WebhookWorker"/> every few seconds, by the generic jobs worker, and by <c>jobs run</c>.
/// </summary>
public sealed class WebhooksJob(WebhookEventTranslator translator, WebhookDispatcher dispatcher) : IScheduledJob
{
    public string Name => "webhooks";

    public async Task<int> RunDueAsync(string workerId, CancellationToken cancellationToken)
    {
        while (await translator.RunOnceAsync(cancellationToken) > 0)
        {
        }

        var delivered = 0;
        int attempted;
        while ((attempted = await dispatcher.RunOnceAsync(workerId, cancellationToken)) > 0)
        {
            delivered += attempted;
        }

        return delivered;
    }
}
