using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Facturation.Web.Tests.Observability;

/// <summary>
/// An OTLP/HTTP endpoint of the test's own on a free loopback port: accepts every export (200, empty protobuf
/// response) and records which signal paths (<c>/v1/traces</c>, <c>/v1/metrics</c>) were posted, with their sizes.
/// </summary>
internal sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Path, long Bytes)> _exports = new();
    private readonly Task _loop;

    public OtlpReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
            probe.Stop();
        }

        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public string Url { get; }

    /// <summary>Waits until a non-empty export was posted to <paramref name="path"/>.</summary>
    public async Task<bool> WaitForAsync(string path, TimeSpan timeout)
    {
        var limit = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < limit)
        {
            if (_exports.Any(export => export.Path == path && export.Bytes > 0))
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    public string Received => string.Join(", ", _exports.Select(export => $"{export.Path} ({export.Bytes} B)"));

    public void Dispose()
    {
        _listener.Close();
        _ = _loop.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _exports.Enqueue((context.Request.Url!.AbsolutePath, body.Length));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }
}
