using System.Diagnostics;
using System.Reflection;
using Facturation.Testing;

namespace Facturation.Web.Tests.Operations;

/// <summary>
/// The documented command, not the DLL: <c>TOKEN=$(dotnet run --project src/Facturation.Web --no-launch-profile --
/// token create …)</c> captures the token and nothing else (the build this test runs on stands for dotnet run's own
/// build step: <c>--no-build</c>).
/// </summary>
public sealed class DotnetRunTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("facturation-dotnet-run-").FullName;

    [Fact]
    public async Task Dotnet_run_without_launch_profile_prints_the_token_alone_on_stdout()
    {
        var environment = new Dictionary<string, string> { ["FACTURATION_ADMIN_PASSWORD"] = "Operator-Password-2026" };
        var (server, _) = await AppProcess.StartServerAsync(_data, environment); // creates the administrator
        await server.DisposeAsync();

        var (exit, stdout, stderr) = await DotnetRunAsync(environment, "token", "create", "--email", FacturationApp.AdminEmail, "--name", "script");

        Assert.True(exit == 0, stderr);
        Assert.Matches("^fct_[A-Za-z0-9_-]+\n$", stdout);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // The stopped server may still hold the SQLite file for a moment.
        }
    }

    private async Task<(int ExitCode, string StdOut, string StdErr)> DotnetRunAsync(Dictionary<string, string> environment, params string[] args)
    {
        var configuration = typeof(DotnetRunTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "run", "--project", "src/Facturation.Web", "--no-launch-profile", "--no-build", "-c", configuration, "--" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        // Nothing from the test runner's own environment decides the environment or the database: only what a user sets.
        foreach (var key in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ConnectionStrings__Default", "Database__Provider" })
        {
            start.Environment.Remove(key);
        }

        start.Environment["Database__DataDirectory"] = _data;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Facturation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Facturation.sln not found above " + AppContext.BaseDirectory);
    }
}
