using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Facturation.Testing;

/// <summary>
/// Runs the shared e-invoice validator (XSD, EN 16931, Factur-X, BR-FR and PDF/A-3 markers) on a PDF, CII or UBL
/// file. Found at <c>../shared/validators/einvoice/validate</c> from the folder holding <c>Facturation.sln</c> (or
/// from one of that folder's ancestors, for worktrees), or at <see cref="PathVariable"/>. Tests using it are marked
/// <c>[ServiceFact(TestService.EInvoiceValidator)]</c>: skipped by hand when it cannot be found, failing on CI.
/// </summary>
public static partial class EInvoiceValidator
{
    /// <summary>Overrides the location of the <c>validate</c> script.</summary>
    public const string PathVariable = "FACTURATION_EINVOICE_VALIDATOR";

    private const string RelativeScript = "shared/validators/einvoice/validate";

    // The first run on a fresh machine may apt-get its packages; a loaded 2-core machine takes a few seconds per file.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The validator script, or null when neither <see cref="PathVariable"/> nor the shared folder has it.</summary>
    public static string? Locate(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var configured = environment(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured.Trim()) ? Path.GetFullPath(configured.Trim()) : null;
        }

        var root = RepositoryRoot();
        for (var folder = root?.Parent; folder is not null; folder = folder.Parent)
        {
            var script = Path.Combine(folder.FullName, RelativeScript);
            if (File.Exists(script))
            {
                return script;
            }
        }

        return null;
    }

    /// <summary>
    /// A sample shipped with the validator (<c>tests/samples/</c>, licences beside them), e.g. the known-valid French
    /// Factur-X EN 16931 CII <c>cii-fr-valid_factur-x-en16931.xml</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The validator or the sample is missing.</exception>
    public static string SamplePath(string fileName)
    {
        var sample = Path.Combine(Path.GetDirectoryName(RequiredScript())!, "tests", "samples", fileName);
        return File.Exists(sample) ? sample : throw new InvalidOperationException($"Validator sample not found: {sample}");
    }

    private static string RequiredScript() => Locate(Environment.GetEnvironmentVariable)
        ?? throw new InvalidOperationException($"The e-invoice validator is required: ../{RelativeScript} not found from the repository root and {PathVariable} not set.");

    /// <summary>Validates <paramref name="path"/> with <c>--profile <paramref name="profile"/></c> (<c>fr</c> or <c>en16931</c>).</summary>
    /// <exception cref="InvalidOperationException">The validator is missing, could not process the file (exit 2) or printed no summary line.</exception>
    public static async Task<EInvoiceValidation> ValidateAsync(string path, string profile = "fr")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var script = RequiredScript();
        var start = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--profile");
        start.ArgumentList.Add(profile);
        start.ArgumentList.Add(Path.GetFullPath(path));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {script}.");
        using var timeout = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The e-invoice validator did not finish within {Timeout.TotalMinutes} minutes on {path}.");
        }

        var output = await stdout;
        var errors = await stderr;
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var summary = lines.Length == 0 ? null : Summary().Match(lines[^1]);
        if (process.ExitCode == 2 || summary is not { Success: true })
        {
            throw new InvalidOperationException($"e-invoice not validated (exit {process.ExitCode}): {output}{errors}");
        }

        return new EInvoiceValidation(
            process.ExitCode,
            int.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(summary.Groups[2].Value, CultureInfo.InvariantCulture),
            [.. lines.Where(l => l.StartsWith("FATAL ", StringComparison.Ordinal))],
            [.. lines.Where(l => l.StartsWith("STEP ", StringComparison.Ordinal))],
            output);
    }

    private static DirectoryInfo? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Facturation.sln")))
            {
                return folder;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^einvoice: (\d+) fatal, (\d+) warnings \(")]
    private static partial Regex Summary();
}
