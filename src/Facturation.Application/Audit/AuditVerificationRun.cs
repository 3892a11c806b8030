namespace Facturation.Application.Audit;

/// <summary>
/// One nightly <c>audit verify</c> run. The unique <see cref="RunDate"/> is how one of several app instances
/// claims the night's run: the others fail to insert the same date and skip.
/// </summary>
public sealed class AuditVerificationRun
{
    private AuditVerificationRun()
    {
    }

    public AuditVerificationRun(DateOnly runDate, string claimedBy, DateTime startedAtUtc) =>
        (RunDate, ClaimedBy, StartedAtUtc, Outcome) = (runDate, claimedBy, startedAtUtc, AuditRunOutcome.Running);

    public int Id { get; private set; }

    /// <summary>The UTC date of the night the run covers.</summary>
    public DateOnly RunDate { get; private set; }

    public string ClaimedBy { get; private set; } = string.Empty;

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public AuditRunOutcome Outcome { get; private set; }

    public long Entries { get; private set; }

    /// <summary>The verification's summary line: "audit: N entries, chain intact" or the first break.</summary>
    public string? Message { get; private set; }

    public void Complete(AuditVerification result, DateTime finishedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(result);
        (Outcome, Entries, Message, FinishedAtUtc) = (result.Intact ? AuditRunOutcome.Intact : AuditRunOutcome.Broken, result.Entries, Truncate(result.Summary), finishedAtUtc);
    }

    public void Fail(string error, DateTime finishedAtUtc) => (Outcome, Message, FinishedAtUtc) = (AuditRunOutcome.Error, Truncate(error), finishedAtUtc);

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];
}
