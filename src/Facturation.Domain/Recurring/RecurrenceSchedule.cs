using System.Globalization;
using Facturation.Domain.Common;

namespace Facturation.Domain.Recurring;

/// <summary>
/// When a recurring invoice falls due: every <see cref="Interval"/> weeks, months, quarters or years from
/// <see cref="StartDate"/>, on <see cref="DayOfIssue"/> (ISO weekday 1–7 for weekly, day of the month 1–31
/// otherwise, the last day of a shorter month), until <see cref="EndDate"/> or <see cref="Occurrences"/>.
/// Occurrence n is computed from the start, never from the previous one, so a 31st does not drift to the 28th.
/// </summary>
public sealed record RecurrenceSchedule
{
    public const int MaxInterval = 99;
    public const int MaxOccurrences = 1000;

    private static readonly string[] FrenchMonths =
    [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    public RecurrenceSchedule(RecurrenceFrequency frequency, int interval, DateOnly startDate, int? dayOfIssue = null, DateOnly? endDate = null, int? occurrences = null)
    {
        if (!Enum.IsDefined(frequency))
        {
            throw new DomainException("recurring.frequency", "Fréquence inconnue (Weekly, Monthly, Quarterly ou Yearly).", nameof(Frequency));
        }

        if (interval is < 1 or > MaxInterval)
        {
            throw new DomainException("recurring.interval", $"L'intervalle est compris entre 1 et {MaxInterval}.", nameof(Interval));
        }

        if (dayOfIssue is { } day && (frequency == RecurrenceFrequency.Weekly ? day is < 1 or > 7 : day is < 1 or > 31))
        {
            throw new DomainException(
                "recurring.day_of_issue",
                frequency == RecurrenceFrequency.Weekly
                    ? "Pour une fréquence hebdomadaire, le jour d'émission est un jour de la semaine (1 = lundi … 7 = dimanche)."
                    : "Le jour d'émission est compris entre 1 et 31 (le dernier jour du mois s'il est plus court).",
                nameof(DayOfIssue));
        }

        if (endDate is { } end && end < startDate)
        {
            throw new DomainException("recurring.end_before_start", "La date de fin ne peut pas précéder la date de début.", nameof(EndDate));
        }

        if (occurrences is < 1 or > MaxOccurrences)
        {
            throw new DomainException("recurring.occurrences", $"Le nombre d'occurrences est compris entre 1 et {MaxOccurrences}.", nameof(Occurrences));
        }

        (Frequency, Interval, StartDate, DayOfIssue, EndDate, Occurrences) = (frequency, interval, startDate, dayOfIssue, endDate, occurrences);
    }

    public RecurrenceFrequency Frequency { get; }

    public int Interval { get; }

    public DateOnly StartDate { get; }

    public int? DayOfIssue { get; }

    public DateOnly? EndDate { get; }

    public int? Occurrences { get; }

    public DateOnly First => OccurrenceAt(0);

    /// <summary>The first occurrence on or after <paramref name="date"/>.</summary>
    public DateOnly OnOrAfter(DateOnly date) => date <= First ? First : After(date.AddDays(-1));

    /// <summary>The first occurrence strictly after <paramref name="date"/>.</summary>
    public DateOnly After(DateOnly date)
    {
        if (date < First)
        {
            return First;
        }

        int index;
        if (Frequency == RecurrenceFrequency.Weekly)
        {
            index = (date.DayNumber - First.DayNumber) / (7 * Interval);
        }
        else
        {
            var anchor = AnchorMonth();
            index = (((date.Year - anchor.Year) * 12) + date.Month - anchor.Month) / MonthStep;
        }

        while (OccurrenceAt(index) <= date)
        {
            index++;
        }

        return OccurrenceAt(index);
    }

    /// <summary>Whether an occurrence on <paramref name="date"/> is still within the end date and the number of occurrences.</summary>
    public bool Allows(DateOnly date, int generatedCount) =>
        (EndDate is null || date <= EndDate) && (Occurrences is null || generatedCount < Occurrences);

    /// <summary>
    /// The period an occurrence bills, billed in advance: from the occurrence to the day before the next one, named
    /// by its calendar unit ("décembre 2026", "T4 2026", "2026", "du 07/12/2026 au 13/12/2026").
    /// </summary>
    public string PeriodLabel(DateOnly occurrence)
    {
        if (Frequency == RecurrenceFrequency.Weekly)
        {
            var last = occurrence.AddDays((7 * Interval) - 1);
            return $"du {Format(occurrence)} au {Format(last)}";
        }

        var lastMonth = occurrence.AddMonths(MonthStep - 1);
        Func<DateOnly, string> name = Frequency switch
        {
            RecurrenceFrequency.Monthly => d => $"{MonthName(d)} {d.Year}",
            RecurrenceFrequency.Quarterly => d => $"T{((d.Month - 1) / 3) + 1} {d.Year}",
            _ => d => d.Year.ToString(CultureInfo.InvariantCulture),
        };
        return Interval == 1 ? name(occurrence) : $"{name(occurrence)} à {name(lastMonth)}";
    }

    /// <summary>The French name of the month of <paramref name="date"/> ("décembre"), whatever the server's culture.</summary>
    public static string MonthName(DateOnly date) => FrenchMonths[date.Month - 1];

    private int MonthStep => Interval * Frequency switch
    {
        RecurrenceFrequency.Quarterly => 3,
        RecurrenceFrequency.Yearly => 12,
        _ => 1,
    };

    private DateOnly OccurrenceAt(int index)
    {
        if (Frequency == RecurrenceFrequency.Weekly)
        {
            var weekday = DayOfIssue ?? IsoWeekday(StartDate);
            var first = StartDate.AddDays((weekday - IsoWeekday(StartDate) + 7) % 7);
            return first.AddDays(7 * Interval * index);
        }

        return InMonth(AnchorMonth().AddMonths(MonthStep * index));
    }

    /// <summary>The first day of the month of the first occurrence: the start's month, or the next one when the day of issue is already past.</summary>
    private DateOnly AnchorMonth()
    {
        var month = new DateOnly(StartDate.Year, StartDate.Month, 1);
        return InMonth(month) < StartDate ? month.AddMonths(1) : month;
    }

    private DateOnly InMonth(DateOnly firstOfMonth) =>
        new(firstOfMonth.Year, firstOfMonth.Month, Math.Min(DayOfIssue ?? StartDate.Day, DateTime.DaysInMonth(firstOfMonth.Year, firstOfMonth.Month)));

    private static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
