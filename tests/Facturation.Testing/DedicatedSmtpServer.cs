using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Facturation.Testing;

/// <summary>
/// A maildev process of the test's own (installed by ./build.sh under tools/smtp-catcher), on ports chosen at
/// creation, that a test may stop and start again to simulate an SMTP outage. Not started by the constructor.
/// </summary>
public sealed class DedicatedSmtpServer : IAsyncDisposable
{
    private Process? _process;

    public DedicatedSmtpServer()
    {
        SmtpPort = FreePort();
        WebPort = FreePort();
        Catcher = new SmtpCatcher(new SmtpEndpoint("127.0.0.1", SmtpPort, new Uri($"http://127.0.0.1:{WebPort}/")));
    }

    public int SmtpPort { get; }

    public int WebPort { get; }

    public SmtpCatcher Catcher { get; }

    /// <summary>Starts maildev and waits until its API answers.</summary>
    public async Task StartAsync()
    {
        var maildev = Path.Combine(RepositoryRoot(), "tools", "smtp-catcher", "node_modules", ".bin", "maildev");
        if (!File.Exists(maildev))
        {
            throw new InvalidOperationException($"maildev is not installed at {maildev}: run ./build.sh services.");
        }

        var info = new ProcessStartInfo(maildev)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--smtp", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--web", WebPort.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("maildev did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await Catcher.ListAsync();
                return;
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>Kills maildev (its caught mail is lost) and waits for the SMTP port to be closed.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Catcher.Dispose();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Facturation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Facturation.sln not found above " + AppContext.BaseDirectory);
    }
}
