using System.Net;
using System.Net.Sockets;

namespace Facturation.Application.Webhooks;

/// <summary>
/// The two HTTP clients of the delivery worker (singleton). The public one checks, in its
/// <see cref="SocketsHttpHandler.ConnectCallback"/>, the address it actually connects to, after DNS resolution: a
/// name that resolved to a public address at registration and to 127.0.0.1 now (DNS rebinding) is refused. Two
/// handlers rather than one so that a pooled connection opened for an endpoint allowed on the private network is
/// never reused for one that is not. No redirect is followed and no proxy is used (it would connect for us).
/// </summary>
public sealed class WebhookHttpClients : IDisposable
{
    private readonly HttpClient _public = new(Handler(allowPrivateNetwork: false)) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly HttpClient _private = new(Handler(allowPrivateNetwork: true)) { Timeout = Timeout.InfiniteTimeSpan };

    public HttpClient For(bool allowPrivateNetwork) => allowPrivateNetwork ? _private : _public;

    public void Dispose()
    {
        _public.Dispose();
        _private.Dispose();
    }

    private static SocketsHttpHandler Handler(bool allowPrivateNetwork) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivateNetwork, ct),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivateNetwork, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endPoint.Host, ct);
        var allowed = addresses.Where(a => allowPrivateNetwork || WebhookAddressPolicy.IsPublic(a)).ToList();
        if (allowed.Count == 0)
        {
            throw new WebhookAddressRefusedException(addresses.Length == 0
                ? $"Le nom {endPoint.Host} ne se résout en aucune adresse."
                : WebhookAddressPolicy.ConnectionRefusal(endPoint.Host, addresses[0]));
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            // Connects only to the addresses checked above: the socket cannot resolve the name again.
            await socket.ConnectAsync([.. allowed], endPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
