namespace Facturation.Bench;

internal sealed record RunResult(string Provider, int Workers, int Drafts, TimeSpan Elapsed, string Check, long Statements = 0, TimeSpan Cpu = default, TimeSpan MachineCpu = default)
{
    public double PerSecond => Drafts / Elapsed.TotalSeconds;

    /// <summary>EF statements per item during the timed phase (0 when not counted).</summary>
    public double StatementsPerItem => (double)Statements / Drafts;

    /// <summary>This process's CPU milliseconds per item during the timed phase (0 when not measured; a database server's own CPU is not in it).</summary>
    public double CpuMsPerItem => Cpu.TotalMilliseconds / Drafts;

    /// <summary>The whole machine's CPU milliseconds per item during the timed phase: this process and the database server's.</summary>
    public double MachineCpuMsPerItem => MachineCpu.TotalMilliseconds / Drafts;

    public bool Passed => Check.StartsWith("OK", StringComparison.Ordinal);
}
