using Facturation.Application.Webhooks;

namespace Facturation.Web.Features.Webhooks;

/// <summary>The webhook form (<see cref="Id"/> null on creation); <see cref="SecretHint"/> shows the end of the kept secret.</summary>
public sealed record WebhookFormViewModel(int? Id, WebhookEndpointInput Input, string? SecretHint = null)
{
    public bool IsNew => Id is null;
}
