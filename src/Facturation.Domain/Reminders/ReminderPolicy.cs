using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Reminders;

/// <summary>
/// Which reminder, if any, an invoice gets today (ADR-020). Only an issued invoice still owed, past its due date,
/// not in litigation and whose customer accepts reminders is reminded. When several levels have become due since
/// the last reminder (an invoice found at J+20 that never got one), only the highest of them is sent: the customer
/// never receives two letters the same day, and the skipped level is not sent afterwards.
/// </summary>
public static class ReminderPolicy
{
    public static ReminderDecision Decide(Invoice invoice, bool customerOptedOut, IReadOnlyCollection<ReminderLevel> levels, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(levels);
        var number = invoice.DisplayNumber;
        if (invoice.Kind != InvoiceKind.Invoice)
        {
            return ReminderDecision.Skipped(ReminderSkip.NotAnInvoice, $"{number} est un avoir : il n'est pas relancé.");
        }

        switch (invoice.Status)
        {
            case InvoiceStatus.Draft:
                return ReminderDecision.Skipped(ReminderSkip.Draft, $"{number} est un brouillon : il n'est pas relancé.");
            case InvoiceStatus.Cancelled or InvoiceStatus.Abandoned:
                return ReminderDecision.Skipped(ReminderSkip.Cancelled, $"La facture {number} est annulée : elle n'est pas relancée.");
            case InvoiceStatus.Paid or InvoiceStatus.Used or InvoiceStatus.Refunded:
                return ReminderDecision.Skipped(ReminderSkip.Settled, $"La facture {number} est soldée : elle n'est pas relancée.");
            case InvoiceStatus.Disputed:
                return ReminderDecision.Skipped(ReminderSkip.InLitigation, $"La facture {number} fait l'objet d'un incident de paiement : elle n'est pas relancée.");
            case InvoiceStatus.Final or InvoiceStatus.Sent or InvoiceStatus.PartiallyPaid:
                break;
        }

        if (invoice.Remaining <= 0)
        {
            return ReminderDecision.Skipped(ReminderSkip.Settled, $"La facture {number} est soldée : elle n'est pas relancée.");
        }

        if (invoice.InLitigation)
        {
            return ReminderDecision.Skipped(ReminderSkip.InLitigation, $"La facture {number} est en litige : elle n'est pas relancée.");
        }

        if (customerOptedOut)
        {
            return ReminderDecision.Skipped(ReminderSkip.OptedOut, $"Le client de la facture {number} est marqué « Ne pas relancer ».");
        }

        var daysLate = invoice.DueDate is { } due ? today.DayNumber - due.DayNumber : 0;
        var reached = levels.Where(l => l.DaysAfterDue <= daysLate).MaxBy(l => l.Level);
        if (reached is null)
        {
            var first = levels.MinBy(l => l.Level);
            return ReminderDecision.Skipped(
                ReminderSkip.NotDue,
                daysLate <= 0
                    ? $"La facture {number} n'est pas échue."
                    : $"La facture {number} a {daysLate} jour(s) de retard : la première relance part à J+{first?.DaysAfterDue}.",
                Math.Max(daysLate, 0));
        }

        if (reached.Level <= (invoice.LastReminderLevel ?? 0))
        {
            return ReminderDecision.Skipped(ReminderSkip.AlreadySent, $"La relance « {reached.Name} » de la facture {number} a déjà été envoyée.", daysLate);
        }

        return ReminderDecision.Send(reached, daysLate);
    }
}
