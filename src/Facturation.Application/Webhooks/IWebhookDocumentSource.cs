using System.Text.Json.Nodes;

namespace Facturation.Application.Webhooks;

/// <summary>
/// The documents as the JSON API shows them (implemented by the web project with the API's own DTOs and JSON
/// options), so that a webhook carries exactly the resource a client would GET. Null when the document is gone.
/// </summary>
public interface IWebhookDocumentSource
{
    Task<JsonNode?> InvoiceAsync(int id, CancellationToken ct);

    Task<JsonNode?> PaymentAsync(int id, CancellationToken ct);
}
