namespace Facturation.Testing;

/// <summary>What <c>../shared/validators/einvoice/validate</c> said about one file (its README: "Output and exit codes").</summary>
/// <param name="ExitCode">0 no fatal, 1 at least one fatal (2, a processing error, throws instead).</param>
/// <param name="FatalCount">The N of the last line <c>einvoice: N fatal, M warnings (…)</c>.</param>
/// <param name="WarningCount">The M of that line.</param>
/// <param name="Fatals">The <c>FATAL [step] rule-id: text</c> lines.</param>
/// <param name="StepLines">The <c>STEP name: …</c> lines, one per step run (<c>xsd</c>, <c>en16931</c>, <c>factur-x</c>, <c>br-fr</c>, <c>pdfa-markers</c>).</param>
/// <param name="Output">The whole standard output, to print when an assertion fails.</param>
public sealed record EInvoiceValidation(int ExitCode, int FatalCount, int WarningCount, IReadOnlyList<string> Fatals, IReadOnlyList<string> StepLines, string Output)
{
    /// <summary>The line of step <paramref name="step"/> (<c>STEP pdfa-markers: ok</c>), or null when that step did not run.</summary>
    public string? Step(string step) => StepLines.FirstOrDefault(l => l.StartsWith($"STEP {step}:", StringComparison.Ordinal));

    /// <summary>The step ran and reported no fatal and no warning.</summary>
    public bool StepOk(string step) => Step(step) == $"STEP {step}: ok";
}
