using System.Globalization;

namespace Facturation.Domain.Recurring;

/// <summary>
/// The placeholders of a recurring invoice's designations and notes, replaced for each occurrence:
/// <c>{mois}</c> (French month name of the occurrence), <c>{année}</c> (its year) and <c>{période}</c>
/// (<see cref="RecurrenceSchedule.PeriodLabel"/>). "Maintenance {mois} {année}" → "Maintenance décembre 2026".
/// </summary>
public static class RecurringPlaceholders
{
    public const string Month = "{mois}";
    public const string Year = "{année}";
    public const string Period = "{période}";

    public static string? Expand(string? text, RecurrenceSchedule schedule, DateOnly occurrence)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (string.IsNullOrEmpty(text) || !text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        return text
            .Replace(Month, RecurrenceSchedule.MonthName(occurrence), StringComparison.OrdinalIgnoreCase)
            .Replace(Year, occurrence.Year.ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase)
            .Replace(Period, schedule.PeriodLabel(occurrence), StringComparison.OrdinalIgnoreCase);
    }
}
