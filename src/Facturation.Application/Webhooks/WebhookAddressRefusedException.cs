namespace Facturation.Application.Webhooks;

/// <summary>The host of a webhook resolved only to addresses the endpoint may not reach (SSRF protection).</summary>
public sealed class WebhookAddressRefusedException : Exception
{
    public WebhookAddressRefusedException()
    {
    }

    public WebhookAddressRefusedException(string message)
        : base(message)
    {
    }

    public WebhookAddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
