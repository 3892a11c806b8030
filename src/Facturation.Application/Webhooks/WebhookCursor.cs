namespace Facturation.Application.Webhooks;

/// <summary>
/// How far the audit journal has been turned into webhook deliveries (one row). Moved with an optimistic check in
/// the same transaction as the deliveries it produced, so each audit entry is translated exactly once.
/// </summary>
public sealed class WebhookCursor
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;

    /// <summary>The last audit sequence translated (0: none yet).</summary>
    public long LastSequence { get; private set; }
}
