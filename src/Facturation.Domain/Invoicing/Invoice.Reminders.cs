using Facturation.Domain.Common;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// Payment reminders (relances, ADR-020): the last level sent, and the litigation flag ("En litige") that stops them.
/// Litigation is a customer contesting an issued invoice; it is not a status, so payments can still be recorded.
/// </summary>
public sealed partial class Invoice
{
    /// <summary>The highest reminder level sent so far; null before the first reminder.</summary>
    public int? LastReminderLevel { get; private set; }

    public DateTime? LastReminderAtUtc { get; private set; }

    /// <summary>Why the customer contests the invoice; null when it is not in litigation.</summary>
    public string? LitigationReason { get; private set; }

    public DateTime? LitigationSinceUtc { get; private set; }

    public bool InLitigation => LitigationReason is not null;

    /// <summary>Days past the due date on <paramref name="today"/> (0 when not yet due).</summary>
    public int DaysLate(DateOnly today) => DueDate is { } due && due < today ? today.DayNumber - due.DayNumber : 0;

    /// <summary>Late-payment interest owed today on what remains due: days late × annual rate / 365 × remaining.</summary>
    public decimal LatePenalty(DateOnly today, decimal annualRatePercent) =>
        Money.Round(DaysLate(today) * annualRatePercent / 100m / 365m * Remaining);

    /// <summary>Why the invoice cannot be put in litigation, or null.</summary>
    public string? LitigationRefusal =>
        Allows(InvoiceAction.Litigation)
            ? InLitigation ? $"La facture {DisplayNumber} est déjà en litige." : null
            : $"{StatusPhrase} : seule une facture émise non soldée peut être mise en litige.";

    /// <summary>Records that reminder <paramref name="level"/> was queued for the customer; levels only go up.</summary>
    public void RecordReminder(int level, string levelName, IReadOnlyCollection<string> recipients, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsOpen || level <= (LastReminderLevel ?? 0))
        {
            throw DomainException.Conflict("invoice.reminder_level", $"La relance de niveau {level} ne peut pas être envoyée pour la facture {DisplayNumber} (statut « {InvoiceLifecycle.Label(Kind, Status)} », dernière relance : {LastReminderLevel?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "aucune"}).");
        }

        (LastReminderLevel, LastReminderAtUtc) = (level, nowUtc);
        Record(nowUtc, actor, "reminder", $"Relance « {levelName} » (niveau {level}) envoyée à {string.Join(", ", recipients)}.");
    }

    /// <summary>
    /// The SMTP server accepted a reminder: history only. A reminder is not the sending of the document, so the status
    /// and <see cref="Invoice.SentAtUtc"/> stay as they are (the audit event is <c>invoice.reminder_sent</c>, not <c>invoice.sent</c>).
    /// </summary>
    public void RecordReminderDelivered(int level, string levelName, IReadOnlyCollection<string> recipients, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(actor);
        Record(nowUtc, actor, "reminder_delivered", $"Relance « {levelName} » (niveau {level}) remise au serveur de messagerie pour {string.Join(", ", recipients)}.");
    }

    public void PutInLitigation(string? reason, Actor actor, DateTime nowUtc)
    {
        if (LitigationRefusal is { } refusal)
        {
            throw DomainException.Conflict("invoice.litigation_status", refusal);
        }

        LitigationReason = Require.Text(reason, "Reason", "Le motif", 500);
        LitigationSinceUtc = nowUtc;
        Record(nowUtc, actor, "litigation", $"Mise en litige : {LitigationReason}");
    }

    public void EndLitigation(Actor actor, DateTime nowUtc)
    {
        if (!InLitigation)
        {
            throw DomainException.Conflict("invoice.not_in_litigation", $"La facture {DisplayNumber} n'est pas en litige.");
        }

        (LitigationReason, LitigationSinceUtc) = (null, null);
        Record(nowUtc, actor, "litigation_ended", "Litige levé.");
    }
}
