using System.Text.Json;
using System.Text.Json.Nodes;
using Facturation.Application.Payments;
using Facturation.Application.Webhooks;
using Facturation.Domain.Common;
using Microsoft.Extensions.Options;

namespace Facturation.Web.Api.V1;

/// <summary>Webhook documents in exactly the shape and JSON options of the API's invoice and payment resources.</summary>
public sealed class ApiWebhookDocumentSource(InvoiceResource invoices, PaymentService payments, IOptions<Microsoft.AspNetCore.Mvc.JsonOptions> json) : IWebhookDocumentSource
{
    public async Task<JsonNode?> InvoiceAsync(int id, CancellationToken ct)
    {
        try
        {
            return JsonSerializer.SerializeToNode(await invoices.GetAsync(id, ct), json.Value.JsonSerializerOptions);
        }
        catch (DomainException error) when (error.Kind == DomainErrorKind.NotFound)
        {
            return null;
        }
    }

    public async Task<JsonNode?> PaymentAsync(int id, CancellationToken ct)
    {
        try
        {
            return JsonSerializer.SerializeToNode(PaymentDto.From(await payments.GetAsync(id, ct)), json.Value.JsonSerializerOptions);
        }
        catch (DomainException error) when (error.Kind == DomainErrorKind.NotFound)
        {
            return null;
        }
    }
}
