namespace Facturation.Bench;

internal sealed record RunResult(string Provider, int Workers, int Drafts, TimeSpan Elapsed, string Check)
{
    public double PerSecond => Drafts / Elapsed.TotalSeconds;

    public bool Passed => Check.StartsWith("OK", StringComparison.Ordinal);
}
