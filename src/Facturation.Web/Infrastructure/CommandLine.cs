using Facturation.Application.Audit;
using Facturation.Application.Identity;
using Facturation.Application.Jobs;
using Facturation.Application.Setup;
using Microsoft.AspNetCore.Identity;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// The command-line mode of the app (no web server): <c>migrate</c> and
/// <c>token create --email EMAIL [--name NAME]</c>, which prints the new token alone on standard output, and
/// <c>audit verify</c> (ADR-012).
/// Diagnostics go to standard error so scripts can capture the token with <c>$(...)</c>.
/// <c>export fec|journal</c> writes an accounting export to a file or to standard output (<see cref="ExportCommand"/>).
/// <c>backup</c> / <c>restore</c> save and restore the SQLite database with its archives (<see cref="BackupCommand"/>).
/// <c>archive reconcile</c> / <c>archive migrate</c> check and fill the archive store (<see cref="ArchiveCommand"/>).
/// <c>jobs run</c> runs the scheduled jobs that are due once and exits (for cron-driven deployments and tests).
/// <c>demo generate</c> fills an empty database with generated documents for benchmarks (<see cref="GenerateCommand"/>, ADR-031).
/// </summary>
public sealed class CommandLine
{
    private const string Usage = """
        Usage :
          Facturation.Web migrate
          Facturation.Web token create --email EMAIL [--name NOM]
          Facturation.Web audit verify
          Facturation.Web jobs run
          Facturation.Web archive reconcile [--delete] [--grace-minutes N]
          Facturation.Web archive migrate
          Facturation.Web backup --output FICHIER.zip
          Facturation.Web restore --input FICHIER.zip [--force]
          Facturation.Web export fec --from AAAA-MM-JJ --to AAAA-MM-JJ [--output FICHIER|DOSSIER]
          Facturation.Web export journal --from AAAA-MM-JJ --to AAAA-MM-JJ [--format csv|xlsx] [--output FICHIER|DOSSIER]
          Facturation.Web demo generate --invoices N --customers N [--seed N] [--years N]
        """;

    private readonly string[] _args;

    private CommandLine(string[] args) => _args = args;

    /// <summary>
    /// A command when the first argument is a verb (an unknown one prints the usage and exits 2); null to run the web
    /// app, whose own arguments are options (<c>--urls …</c>) or configuration (<c>Key=value</c>).
    /// </summary>
    public static CommandLine? Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length > 0 && (args[0] is "--help" || !(args[0].StartsWith('-') || args[0].Contains('=', StringComparison.Ordinal)))
            ? new CommandLine(args)
            : null;
    }

    public async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        switch (_args)
        {
            case ["migrate"]:
                await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
                await Console.Error.WriteLineAsync("Migrations appliquées.");
                return 0;
            case ["token", "create", .. var options]:
                return await CreateTokenAsync(provider, options);
            case ["audit", "verify"]:
                return await VerifyAuditAsync(provider);
            case ["archive", "reconcile", .. var options]:
                return await ArchiveCommand.ReconcileAsync(provider, options, Usage);
            case ["archive", "migrate"]:
                return await ArchiveCommand.MigrateAsync(provider);
            case ["backup", .. var options]:
                return await BackupCommand.BackupAsync(provider, options, Usage);
            case ["restore", .. var options]:
                return await BackupCommand.RestoreAsync(provider, options, Usage);
            case ["jobs", "run"]:
                return await RunJobsAsync(provider);
            case ["demo", "generate", .. var options]:
                return await GenerateCommand.RunAsync(provider, options, Usage);
            case ["export", "fec" or "journal", .. var options]:
                return await ExportCommand.RunAsync(provider, _args[1], options, Usage);
            default:
                await Console.Error.WriteLineAsync(Usage);
                return _args is ["help"] or ["--help"] ? 0 : 2;
        }
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider provider, string[] options)
    {
        var email = Option(options, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("--email est obligatoire.\n" + Usage);
            return 2;
        }

        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var user = await provider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"Aucun utilisateur avec l'e-mail {email}.");
            return 1;
        }

        var issued = await provider.GetRequiredService<ApiTokenService>()
            .CreateAsync(user.Id, Option(options, "--name") ?? "Ligne de commande", CancellationToken.None);
        await Console.Out.WriteLineAsync(issued.Value);
        return 0;
    }

    /// <summary>Exit 0 with "audit: N entries, chain intact", or 1 with the first broken entry, on standard output.</summary>
    private static async Task<int> VerifyAuditAsync(IServiceProvider provider)
    {
        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var result = await provider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        await Console.Out.WriteLineAsync(result.Summary);
        return result.Intact ? 0 : 1;
    }

    /// <summary>One line per job on standard output ("name: N processed" or "name: failed — reason"); exit 1 if one failed.</summary>
    private static async Task<int> RunJobsAsync(IServiceProvider provider)
    {
        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var workerId = $"cli:{Environment.MachineName}:{Environment.ProcessId}";
        var results = await provider.GetRequiredService<ScheduledJobRunner>().RunOnceAsync(workerId, CancellationToken.None);
        foreach (var result in results)
        {
            await Console.Out.WriteLineAsync(result.Succeeded ? $"{result.Name}: {result.Processed} processed" : $"{result.Name}: failed — {result.Error}");
        }

        return results.All(result => result.Succeeded) ? 0 : 1;
    }

    internal static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }
}
