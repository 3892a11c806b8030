using System.Text.Json.Nodes;
using Facturation.Application.Audit;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Webhooks;

/// <summary>
/// Turns committed audit entries into webhook deliveries. The audit journal is written in the transaction of each
/// change (ADR-012), so reading it after commit means nothing is emitted for a rolled-back change and nothing is lost
/// on a crash: the cursor moves in the same transaction as the deliveries it produced, with an optimistic check, so
/// two instances never translate the same entry twice.
/// </summary>
public sealed class WebhookEventTranslator(FacturationDb db, IWebhookDocumentSource documents, IOptionsMonitor<WebhookOptions> options, TimeProvider clock)
{
    private const int BatchSize = 200;

    /// <summary>Translates the next batch of audit entries; returns how many entries it consumed (0: nothing new).</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var cursor = await db.WebhookCursors.AsNoTracking().Where(c => c.Id == WebhookCursor.SingletonId).Select(c => c.LastSequence).SingleAsync(ct);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > cursor).OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);

        // Sequences are gap-free and committed in order (the chain head lock); stopping at a gap is only a safeguard.
        var contiguous = entries.TakeWhile((entry, index) => entry.Sequence == cursor + index + 1).ToList();
        if (contiguous.Count == 0)
        {
            return 0;
        }

        var endpoints = await db.WebhookEndpoints.AsNoTracking().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in contiguous)
        {
            // An endpoint receives what happens after its registration, not the history before it.
            var listening = endpoints.Where(e => e.CreatedAtUtc <= entry.TimeUtc).ToList();
            if (listening.Count == 0)
            {
                continue;
            }

            foreach (var webhookEvent in await EventsOfAsync(entry, listening, ct))
            {
                foreach (var endpoint in listening.Where(e => e.Subscribes(webhookEvent.Type)))
                {
                    db.WebhookDeliveries.Add(WebhookDelivery.Create(endpoint.Id, webhookEvent, now));
                }
            }
        }

        await db.SaveChangesAsync(ct);
        var last = contiguous[^1].Sequence;
        var moved = await db.WebhookCursors.Where(c => c.Id == WebhookCursor.SingletonId && c.LastSequence == cursor)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastSequence, last), ct);
        if (moved == 0)
        {
            // Another instance translated these entries meanwhile: its deliveries stand, ours are discarded.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return 0;
        }

        await transaction.CommitAsync(ct);
        return contiguous.Count;
    }

    private async Task<List<WebhookEvent>> EventsOfAsync(AuditEntry entry, List<WebhookEndpoint> listening, CancellationToken ct)
    {
        var payload = JsonNode.Parse(entry.Payload)?.AsObject() ?? [];
        var (type, key) = Classify(entry.Event, payload, entry);
        if (type is null || key is null || !listening.Any(e => e.Subscribes(type)))
        {
            return [];
        }

        var (document, links) = await DocumentAsync(entry.Event, payload, ct);
        if (document is null)
        {
            return [];
        }

        var id = Guid.NewGuid();
        var body = new JsonObject
        {
            ["id"] = id,
            ["type"] = type,
            ["occurredAt"] = entry.TimeUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["document"] = document,
            ["links"] = links,
        };
        return [new WebhookEvent(id, type, key, entry.Sequence, entry.TimeUtc, body.ToJsonString())];
    }

    /// <summary>The webhook event type and document key of an audit entry; null for entries no webhook carries.</summary>
    private static (string? Type, string? Key) Classify(string auditEvent, JsonObject payload, AuditEntry entry)
    {
        var invoiceKey = payload["invoiceId"] is { } invoiceId ? $"invoice:{invoiceId}" : null;
        var paymentKey = payload["paymentId"] is { } paymentId ? $"payment:{paymentId}" : null;
        return auditEvent switch
        {
            AuditEvents.InvoiceIssued when (string?)payload["kind"] == "CreditNote" => (WebhookEvents.CreditNoteIssued, invoiceKey),
            AuditEvents.InvoiceIssued => (WebhookEvents.InvoiceIssued, invoiceKey),
            AuditEvents.InvoiceSent when payload["issued"]?.GetValue<bool>() == true => (WebhookEvents.InvoiceSent, invoiceKey),
            AuditEvents.InvoiceReminderSent => (WebhookEvents.InvoiceReminderSent, invoiceKey),
            AuditEvents.InvoicePaid => (WebhookEvents.InvoicePaid, invoiceKey),
            AuditEvents.InvoiceCancelled => (WebhookEvents.InvoiceCancelled, invoiceKey),
            AuditEvents.PaymentRecorded => (WebhookEvents.PaymentRecorded, paymentKey),
            AuditEvents.PaymentVoided => (WebhookEvents.PaymentVoided, paymentKey),

            // Recorded by the statements feature (issue 14) under this name: it flows here as soon as it exists.
            WebhookEvents.StatementIssued => (WebhookEvents.StatementIssued, $"statement:{entry.DocumentNumber ?? entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)}"),
            _ => (null, null),
        };
    }

    private async Task<(JsonNode? Document, JsonObject Links)> DocumentAsync(string auditEvent, JsonObject payload, CancellationToken ct)
    {
        if (payload["paymentId"] is { } paymentId && auditEvent is AuditEvents.PaymentRecorded or AuditEvents.PaymentVoided)
        {
            var id = paymentId.GetValue<int>();
            return (await documents.PaymentAsync(id, ct), Links(("self", $"api/v1/payments/{id}")));
        }

        if (payload["invoiceId"] is { } invoiceId && auditEvent != WebhookEvents.StatementIssued)
        {
            var id = invoiceId.GetValue<int>();
            return (await documents.InvoiceAsync(id, ct), Links(("self", $"api/v1/invoices/{id}"), ("pdf", $"api/v1/invoices/{id}/pdf"), ("cii", $"api/v1/invoices/{id}/cii")));
        }

        // A statement: its audit payload is the document until the statements API gives it a resource of its own.
        var statement = payload.DeepClone().AsObject();
        statement.Remove("v");
        return (statement, Links());
    }

    /// <summary>Absolute links from <c>Facturation:PublicBaseUrl</c>; none when it is not configured (a relative URL is useless to a receiver).</summary>
    private JsonObject Links(params (string Name, string Path)[] paths)
    {
        var links = new JsonObject();
        if (options.CurrentValue.PublicBaseUrl is { Length: > 0 } baseUrl && Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var root))
        {
            foreach (var (name, path) in paths)
            {
                links[name] = new Uri(root, path).ToString();
            }
        }

        return links;
    }
}
