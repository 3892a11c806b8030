namespace Facturation.Application.Mail;

/// <summary>The "Outbox" configuration section: how often and how much the delivery worker works.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>False stops the background worker of this instance (another instance may still deliver).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claimed message is reserved for its worker; after that another worker may take it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay before the second attempt, doubled after each failure (capped at <see cref="MaxRetryDelay"/>).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
}
