namespace Facturation.Application.Audit;

/// <summary>Configuration section <c>Audit</c>: the nightly verification of the journal.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary><c>Audit:NightlyVerification</c> — run <c>audit verify</c> once a night from the app (default true).</summary>
    public bool NightlyVerification { get; set; } = true;

    /// <summary><c>Audit:NightlyHourUtc</c> — the UTC hour from which the night's run is due (default 2).</summary>
    public int NightlyHourUtc { get; set; } = 2;

    /// <summary><c>Audit:StartDelay</c> — the wait after start-up before the first check (default 1 min), so start-up stays light.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><c>Audit:CheckInterval</c> — how often each instance looks whether the run is due (default 15 min).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);
}
