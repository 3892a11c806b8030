using System.Security.Cryptography;
using System.Text;

namespace Facturation.Application.Webhooks;

/// <summary>
/// <c>Facturation-Signature: sha256=&lt;hex of HMAC-SHA256(secret, timestamp + "." + body)&gt;</c>: the timestamp is
/// signed with the body so that a captured request cannot be replayed later with a new timestamp.
/// </summary>
public static class WebhookSignature
{
    public const string EventIdHeader = "Facturation-Event-Id";
    public const string TimestampHeader = "Facturation-Timestamp";
    public const string SignatureHeader = "Facturation-Signature";

    public static string Compute(string secret, long unixSeconds, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixSeconds}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }
}
