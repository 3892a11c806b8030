using System.Net;
using System.Net.Sockets;

namespace Facturation.Application.Webhooks;

/// <summary>
/// Which destinations a webhook may reach (SSRF protection): http(s) only, and no loopback, private, link-local,
/// CGNAT, multicast, unspecified, reserved or IPv6 unique-local address unless the endpoint allows the private
/// network. Checked on the URL at registration and on the address actually connected to at delivery time.
/// </summary>
public static class WebhookAddressPolicy
{
    private static readonly (IPAddress Network, int PrefixLength)[] NonPublicV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this network", unspecified
        (IPAddress.Parse("10.0.0.0"), 8),       // private
        (IPAddress.Parse("100.64.0.0"), 10),    // CGNAT
        (IPAddress.Parse("127.0.0.0"), 8),      // loopback
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local (cloud metadata services)
        (IPAddress.Parse("172.16.0.0"), 12),    // private
        (IPAddress.Parse("192.0.0.0"), 24),     // IETF protocol assignments
        (IPAddress.Parse("192.168.0.0"), 16),   // private
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved, broadcast
    ];

    private static readonly (IPAddress Network, int PrefixLength)[] NonPublicV6 =
    [
        (IPAddress.IPv6Any, 128),               // unspecified
        (IPAddress.IPv6Loopback, 128),          // loopback
        (IPAddress.Parse("fc00::"), 7),         // unique local
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // site-local (deprecated)
        (IPAddress.Parse("ff00::"), 8),         // multicast
        (IPAddress.Parse("64:ff9b:1::"), 48),   // local-use NAT64
    ];

    /// <summary>True for an address on the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var ranges = address.AddressFamily == AddressFamily.InterNetwork ? NonPublicV4 : NonPublicV6;
        return !ranges.Any(range => new IPNetwork(range.Network, range.PrefixLength).Contains(address));
    }

    /// <summary>The French reason why <paramref name="url"/> cannot be registered, or null when it can.</summary>
    public static string? RegistrationError(string? url, bool allowPrivateNetwork)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri))
        {
            return "Indiquez une URL absolue (https://…).";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return "Seules les URL http:// et https:// sont acceptées.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "L'URL ne doit pas contenir d'identifiants : le secret sert à authentifier les envois.";
        }

        if (allowPrivateNetwork)
        {
            return null;
        }

        var isLocalName = uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
        var isNonPublicAddress = IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && !IsPublic(address);
        return isLocalName || isNonPublicAddress
            ? "Adresse locale ou privée refusée (protection SSRF) : cochez « Autoriser le réseau privé » si le destinataire est sur votre réseau."
            : null;
    }

    /// <summary>The error recorded on a delivery refused at connection time.</summary>
    public static string ConnectionRefusal(string host, IPAddress address) =>
        $"Connexion refusée à {host} ({address}) : adresse locale ou privée (protection SSRF).";
}
