using System.Net.Http.Headers;
using System.Text;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Webhooks;

/// <summary>
/// One delivery pass: claim due deliveries with a lease (one atomic UPDATE, as the outbox does, ADR-008), post
/// each signed body, then record success or schedule the next attempt. A delivery waits while an earlier delivery
/// of the same document to the same endpoint is still pending or being sent: events of a document arrive in order.
/// </summary>
public sealed class WebhookDispatcher(
    FacturationDb db,
    WebhookHttpClients clients,
    WebhookSecrets secrets,
    IOptionsMonitor<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger)
{
    /// <summary>Posts what is due; returns how many deliveries were attempted.</summary>
    public async Task<int> RunOnceAsync(string workerId, CancellationToken ct)
    {
        var claimed = await ClaimAsync(workerId, ct);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var endpointIds = claimed.Select(d => d.EndpointId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        foreach (var delivery in claimed)
        {
            var (statusCode, error) = endpoints.TryGetValue(delivery.EndpointId, out var endpoint)
                ? await PostAsync(endpoint, delivery, ct)
                : (null, "Point de terminaison supprimé.");
            if (error is null)
            {
                delivery.MarkDelivered(statusCode!.Value, Now);
            }
            else
            {
                logger.LogWarning("Webhook delivery {Id} ({EventId}) to endpoint {Endpoint} failed: {Error}", delivery.Id, delivery.EventId, delivery.EndpointId, error);
                delivery.RecordFailure(statusCode, error, Now, options.CurrentValue);
            }

            await db.SaveChangesAsync(ct);
        }

        return claimed.Count;
    }

    /// <summary>
    /// Takes up to a batch of due deliveries, skipping those behind an unfinished earlier delivery of the same
    /// document. The WHERE clause is evaluated under the database's write lock (see ADR-008), so a row is claimed by
    /// one run only, and a run's unique lease owner reads its rows back.
    /// </summary>
    private async Task<List<WebhookDelivery>> ClaimAsync(string workerId, CancellationToken ct)
    {
        var now = Now;
        var settings = options.CurrentValue;
        var owner = $"{workerId}/{Guid.NewGuid():N}";
        var leaseEnd = now + settings.LeaseDuration;
        var due = db.WebhookDeliveries.Where(d =>
            ((d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAtUtc <= now) || (d.Status == WebhookDeliveryStatus.Sending && d.LeaseExpiresAtUtc < now))
            && !db.WebhookDeliveries.Any(earlier => earlier.EndpointId == d.EndpointId && earlier.DocumentKey == d.DocumentKey && earlier.Id < d.Id
                && (earlier.Status == WebhookDeliveryStatus.Pending || earlier.Status == WebhookDeliveryStatus.Sending)));
        var batch = due.OrderBy(d => d.Id).Select(d => d.Id).Take(settings.BatchSize);
        var count = await due.Where(d => batch.Contains(d.Id)).ExecuteUpdateAsync(
            set => set.SetProperty(d => d.Status, WebhookDeliveryStatus.Sending)
                .SetProperty(d => d.LeaseOwner, owner)
                .SetProperty(d => d.LeaseExpiresAtUtc, leaseEnd)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1),
            ct);
        if (count == 0)
        {
            return [];
        }

        // Rows this context tracks already (e.g. just queued by the translator) would keep their stale values.
        db.ChangeTracker.Clear();
        return await db.WebhookDeliveries.Where(d => d.LeaseOwner == owner && d.Status == WebhookDeliveryStatus.Sending).OrderBy(d => d.Id).ToListAsync(ct);
    }

    /// <summary>Posts the body; returns the status code and, unless it is 2xx, the error to record.</summary>
    private async Task<(int? StatusCode, string? Error)> PostAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken ct)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Facturation-Webhooks", "1.0"));
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId.ToString());
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.CurrentValue.Timeout);
        try
        {
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(secrets.Unprotect(endpoint.ProtectedSecret), timestamp, delivery.Body));
            using var response = await clients.For(endpoint.AllowPrivateNetwork).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (code, null) : (code, $"Réponse HTTP {code} {response.ReasonPhrase}".TrimEnd());
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, $"Pas de réponse dans le délai de {options.CurrentValue.Timeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException error)
        {
            return (null, error.InnerException is WebhookAddressRefusedException refused ? refused.Message : error.Message);
        }
        catch (System.Security.Cryptography.CryptographicException error)
        {
            return (null, $"Secret illisible (clés de protection perdues ?) : {error.Message}");
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
