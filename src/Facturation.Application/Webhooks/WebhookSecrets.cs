using Microsoft.AspNetCore.DataProtection;

namespace Facturation.Application.Webhooks;

/// <summary>Endpoint secrets at rest, protected with Data Protection (keys in the database, like the SMTP password).</summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    private const string Purpose = "Facturation.Webhooks.Secret";

    public string Protect(string secret) => Protector.Protect(secret);

    public string Unprotect(string protectedSecret) => Protector.Unprotect(protectedSecret);

    public static string Hint(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "••••" + secret[^Math.Min(4, secret.Length)..];
    }

    private IDataProtector Protector => protection.CreateProtector(Purpose);
}
