namespace Facturation.Bench;

internal sealed record RunResult(string Provider, int Workers, int Drafts, TimeSpan Elapsed, string Check, long Statements = 0)
{
    public double PerSecond => Drafts / Elapsed.TotalSeconds;

    /// <summary>EF statements per item during the timed phase (0 when not counted).</summary>
    public double StatementsPerItem => (double)Statements / Drafts;

    public bool Passed => Check.StartsWith("OK", StringComparison.Ordinal);
}
