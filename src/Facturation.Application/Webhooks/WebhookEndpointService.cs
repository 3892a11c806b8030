using Facturation.Application.Data;
using Facturation.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Webhooks;

/// <summary>Webhook endpoints and their delivery log, for administrators (screens and API alike).</summary>
public sealed class WebhookEndpointService(FacturationDb db, WebhookSecrets secrets, TimeProvider clock)
{
    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(CancellationToken ct) =>
        await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct);

    public async Task<WebhookEndpoint> GetAsync(int id, CancellationToken ct) =>
        await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw NotFound(id);

    public async Task<WebhookEndpoint> RegisterAsync(WebhookEndpointInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var url = CheckedUrl(input);
        var secret = string.IsNullOrEmpty(input.Secret)
            ? throw new DomainException("field.required", "Indiquez un secret de signature.", nameof(input.Secret))
            : input.Secret;
        var endpoint = WebhookEndpoint.Register(url, secrets.Protect(secret), WebhookSecrets.Hint(secret), input.Events, input.AllowPrivateNetwork, Now);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(ct);
        return endpoint;
    }

    public async Task<WebhookEndpoint> UpdateAsync(int id, WebhookEndpointInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw NotFound(id);
        var url = CheckedUrl(input);
        var secret = string.IsNullOrEmpty(input.Secret) ? null : input.Secret;
        endpoint.Change(url, secret is null ? null : secrets.Protect(secret), secret is null ? null : WebhookSecrets.Hint(secret), input.Events, input.AllowPrivateNetwork, Now);
        await db.SaveChangesAsync(ct);
        return endpoint;
    }

    /// <summary>Removes the endpoint with its delivery log (nothing more is posted to it).</summary>
    public async Task DeleteAsync(int id, CancellationToken ct)
    {
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw NotFound(id);
        db.WebhookEndpoints.Remove(endpoint);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The endpoint's most recent deliveries, newest first.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(int endpointId, int limit, CancellationToken ct)
    {
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == endpointId, ct))
        {
            throw NotFound(endpointId);
        }

        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpointId).OrderByDescending(d => d.Id).Take(limit).ToListAsync(ct);
    }

    /// <summary>Sends a delivery again (same event id, so a receiver that already has it ignores it).</summary>
    public async Task<WebhookDelivery> RedeliverAsync(int endpointId, long deliveryId, CancellationToken ct)
    {
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId && d.EndpointId == endpointId, ct)
            ?? throw DomainException.NotFound("webhook_delivery", "Livraison", deliveryId);
        delivery.Redeliver(Now);
        await db.SaveChangesAsync(ct);
        return delivery;
    }

    /// <summary>The URL rule is the validator's too; checked again here so that no caller can skip it.</summary>
    private static string CheckedUrl(WebhookEndpointInput input) =>
        WebhookAddressPolicy.RegistrationError(input.Url, input.AllowPrivateNetwork) is { } error
            ? throw new DomainException("webhook.url", error, nameof(input.Url))
            : input.Url!.Trim();

    private static DomainException NotFound(int id) => DomainException.NotFound("webhook", "Webhook", id);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
