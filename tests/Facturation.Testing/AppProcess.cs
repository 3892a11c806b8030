using System.Diagnostics;
using System.Text;

namespace Facturation.Testing;

/// <summary>
/// The built application run as a separate process (<c>dotnet Facturation.Web.dll …</c>), the way an operator
/// runs it: for the command-line mode and for what a fresh install prints on its console.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Runs a command to completion; returns exit code, standard output and standard error separately.</summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string dataDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(dataDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the web server on a free loopback port and waits for its "ready" line (two minutes unless <paramref name="timeout"/>).</summary>
    public static async Task<(AppProcess Process, string Url)> StartServerAsync(string dataDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        var app = new AppProcess(Start(dataDirectory, environment, "--urls", "http://127.0.0.1:0"));
        app._process.OutputDataReceived += (_, e) => app.Collect(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Collect(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        var ready = await Task.WhenAny(app._url.Task, Task.Delay(limit));
        if (ready != app._url.Task)
        {
            await app.DisposeAsync();
            throw new TimeoutException($"The application did not print its URL within {limit.TotalMinutes:0.#} minutes:\n" + app.Output);
        }

        return (app, await app._url.Task);
    }

    /// <summary>A client of a started server's API with a personal token (<c>token create</c>'s output).</summary>
    public static HttpClient ApiClient(string url, string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Trim());
        return client;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Kills the process as <c>kill -9</c> would: no shutdown, requests in flight are cut.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        const string Ready = "Facturation est prête : ";
        var index = line.IndexOf(Ready, StringComparison.Ordinal);
        if (index >= 0)
        {
            _url.TrySetResult(line[(index + Ready.Length)..].Trim());
        }
    }

    private static Process Start(string dataDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A clean environment for the app: only what the test sets, never the test runner's own overrides.
        foreach (var key in new[] { "FACTURATION_ADMIN_PASSWORD", "FACTURATION_ADMIN_EMAIL", "ConnectionStrings__Default", "Database__Provider" })
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__DataDirectory"] = dataDirectory;
        // 18 months of demo invoices take minutes to play; a test that wants them asks for them.
        start.Environment["Facturation__SeedDemoInvoices"] = "false";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the application process.");
    }
}
