using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Facturation.Testing;

/// <summary>What the e-invoice validator said about one file: the fatal findings and its whole output.</summary>
public sealed record EInvoiceValidation
{
    public required int FatalCount { get; init; }

    /// <summary>The <c>FATAL [step] rule: text</c> lines.</summary>
    public required IReadOnlyList<string> Fatals { get; init; }

    public required string Output { get; init; }
}

/// <summary>
/// Runs <c>../shared/validators/einvoice/validate</c> (XSD, EN 16931, Factur-X and, with the default <c>fr</c>
/// profile, the French BR-FR rules) on a CII, UBL or Factur-X PDF file. The script is found next to the folder
/// holding <c>Facturation.sln</c>, or at <c>FACTURATION_EINVOICE_VALIDATOR</c>. It installs its Debian packages
/// itself on first use (<c>./build.sh test</c> installs them beforehand).
/// </summary>
public static partial class EInvoiceValidator
{
    public const string ScriptVariable = "FACTURATION_EINVOICE_VALIDATOR";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <exception cref="InvalidOperationException">The validator is missing, or could not process the file (exit 2).</exception>
    public static async Task<EInvoiceValidation> ValidateAsync(string path, string profile = "fr")
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("No file to validate.", path);
        }

        var psi = new ProcessStartInfo(ScriptPath()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("--profile");
        psi.ArgumentList.Add(profile);
        psi.ArgumentList.Add(path);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {psi.FileName}.");
        using var cancel = new CancellationTokenSource(Timeout);

        // Both streams are read before waiting so that a long report cannot block the process.
        var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
        await process.WaitForExitAsync(cancel.Token);
        var output = await stdout;
        var errors = await stderr;
        var last = output.TrimEnd().Split('\n')[^1];
        var summary = Summary().Match(last);
        if (process.ExitCode == 2 || !summary.Success)
        {
            throw new InvalidOperationException($"e-invoice not validated ({path}): {last}\n{output}\n{errors}");
        }

        var fatals = output.Split('\n').Where(l => l.StartsWith("FATAL ", StringComparison.Ordinal)).ToList();
        return new EInvoiceValidation
        {
            FatalCount = int.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture),
            Fatals = fatals,
            Output = output,
        };
    }

    /// <summary><c>FACTURATION_EINVOICE_VALIDATOR</c>, else <c>../shared/validators/einvoice/validate</c> from the repository root.</summary>
    public static string ScriptPath()
    {
        if (Environment.GetEnvironmentVariable(ScriptVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Facturation.sln")))
            {
                var script = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "validators", "einvoice", "validate"));
                return File.Exists(script)
                    ? script
                    : throw new InvalidOperationException($"The e-invoice validator is required: {script} not found; set {ScriptVariable}.");
            }
        }

        throw new InvalidOperationException($"Facturation.sln not found above {AppContext.BaseDirectory}; set {ScriptVariable}.");
    }

    [GeneratedRegex(@"^einvoice: (\d+) fatal, (\d+) warnings \(")]
    private static partial Regex Summary();
}
