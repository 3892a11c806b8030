namespace Facturation.Application.Webhooks;

/// <summary>The "Webhooks" configuration section: delivery worker, timeout and retries.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>False stops this instance's delivery worker (<c>jobs run</c> still delivers).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for new audit entries and due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claimed delivery is reserved for its worker; after that another worker may take it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the receiver has to answer one POST.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxAttempts { get; set; } = 10;

    /// <summary>Delay before the second attempt, doubled after each failure (capped at <see cref="MaxRetryDelay"/>).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The absolute URL of this application as receivers reach it (config <c>Facturation:PublicBaseUrl</c>), for the PDF / CII links.</summary>
    public string? PublicBaseUrl { get; set; }
}
