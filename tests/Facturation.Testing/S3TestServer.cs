using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Facturation.Testing;

/// <summary>
/// A real S3-compatible server of the test's own: s3rver (installed by ./build.sh under tools/s3-server), on a free
/// port, with its data in a temporary folder and the archive bucket created at start (credentials S3RVER/S3RVER;
/// s3rver does not check signatures, so wrong credentials are not a case it can test).
/// </summary>
public sealed class S3TestServer : IAsyncDisposable
{
    public const string Bucket = "facturation-archives";

    public const string Credential = "S3RVER";

    private readonly Process _process;
    private readonly string _directory;

    private S3TestServer(Process process, string directory, int port) =>
        (_process, _directory, ServiceUrl) = (process, directory, $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");

    public string ServiceUrl { get; }

    /// <summary>The app's configuration for this server: <c>Archive:Store=S3</c> and the <c>Archive:S3</c> keys.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Archive:Store"] = "S3",
        ["Archive:S3:ServiceUrl"] = ServiceUrl,
        ["Archive:S3:Bucket"] = Bucket,
        ["Archive:S3:AccessKey"] = Credential,
        ["Archive:S3:SecretKey"] = Credential,
        ["Archive:S3:ForcePathStyle"] = "true",
    };

    /// <summary>Starts s3rver and waits until it accepts connections.</summary>
    public static async Task<S3TestServer> StartAsync()
    {
        var s3rver = Path.Combine(DedicatedSmtpServer.RepositoryRoot(), "tools", "s3-server", "node_modules", ".bin", "s3rver");
        if (!File.Exists(s3rver))
        {
            throw new InvalidOperationException($"s3rver is not installed at {s3rver}: run ./build.sh services (or npm ci in tools/s3-server).");
        }

        var port = DedicatedSmtpServer.FreePort();
        var directory = Directory.CreateTempSubdirectory("facturation-s3-").FullName;
        var info = new ProcessStartInfo(s3rver) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--directory", directory, "--address", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--silent", "--configure-bucket", Bucket })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("s3rver did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new S3TestServer(process, directory, port);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return server;
            }
            catch (SocketException) when (clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                await Task.Delay(200);
            }
            catch (SocketException)
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
