namespace Facturation.Application.Jobs;

/// <summary>The "Jobs" configuration section: whether and how often this instance runs the scheduled jobs.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>False stops the background worker of this instance (cron can still call <c>jobs run</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Delay after start-up before the first pass, so that start-up (migrations, seeding) finishes first.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
