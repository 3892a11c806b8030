using System.Globalization;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Reminders;

namespace Facturation.Application.Reminders;

/// <summary>
/// The figures of one reminder and its rendered subject and body. Placeholders: {numero}, {date} (issue date),
/// {echeance}, {montant} (total incl. tax), {reste} (remaining), {jours} (days late), {penalite} (late-payment
/// interest at the company's rate), {indemnite} (the 40 € recovery-indemnity sentence for French business
/// customers, empty otherwise), {niveau}, {client}, {societe}.
/// </summary>
public sealed record ReminderLetter(ReminderLevel Level, int DaysLate, decimal Penalty, decimal RecoveryIndemnity, string Subject, string Body)
{
    public static readonly IReadOnlyList<string> Placeholders =
        ["{numero}", "{date}", "{echeance}", "{montant}", "{reste}", "{jours}", "{penalite}", "{indemnite}", "{niveau}", "{client}", "{societe}"];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static ReminderLetter Compose(ReminderLevel level, Invoice invoice, string customerName, bool owesIndemnity, string companyName, decimal penaltyRate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(invoice);
        var daysLate = invoice.DaysLate(today);
        var penalty = invoice.LatePenalty(today, penaltyRate);
        var indemnity = owesIndemnity ? Invoice.RecoveryIndemnity : 0m;
        var symbol = invoice.Currency == Currency.CAD ? "$" : "€";
        string Amount(decimal value) => $"{value.ToString("N2", French)} {symbol}";
        var indemnitySentence = owesIndemnity
            ? $"Une indemnité forfaitaire pour frais de recouvrement de {Amount(indemnity)} est également due (art. L441-10 et D441-5 du Code de commerce)."
            : string.Empty;
        string Render(string template) => template
            .Replace("{numero}", invoice.DisplayNumber, StringComparison.Ordinal)
            .Replace("{date}", Date(invoice.IssueDate), StringComparison.Ordinal)
            .Replace("{echeance}", Date(invoice.DueDate), StringComparison.Ordinal)
            .Replace("{montant}", Amount(invoice.TotalGross), StringComparison.Ordinal)
            .Replace("{reste}", Amount(invoice.Remaining), StringComparison.Ordinal)
            .Replace("{jours}", daysLate.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{penalite}", Amount(penalty), StringComparison.Ordinal)
            .Replace("{indemnite}", indemnitySentence, StringComparison.Ordinal)
            .Replace("{niveau}", level.Name, StringComparison.Ordinal)
            .Replace("{client}", customerName, StringComparison.Ordinal)
            .Replace("{societe}", companyName, StringComparison.Ordinal);
        return new ReminderLetter(level, daysLate, penalty, indemnity, Render(level.SubjectTemplate).Trim(), Render(level.BodyTemplate).ReplaceLineEndings("\n"));
    }

    private static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";
}
