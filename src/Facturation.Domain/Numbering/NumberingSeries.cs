namespace Facturation.Domain.Numbering;

/// <summary>
/// A numbering series (invoices, credit notes, proforma, deposits). Changing its mask only affects numbers
/// taken afterwards: issued documents keep the number they were given. Changing the reset of a series that
/// has already given numbers takes effect at the start of the next period, the counter continuing until
/// then (ADR-011), so a restarted counter can never repeat a number of the current period.
/// </summary>
public sealed class NumberingSeries
{
    private NumberingSeries()
    {
    }

    public NumberingSeries(SeriesKind kind, string mask, ResetPolicy reset)
    {
        Kind = kind;
        Mask = NumberMask.Parse(mask, reset).Value;
        Reset = reset;
    }

    public int Id { get; private set; }

    public SeriesKind Kind { get; private set; }

    public string Mask { get; private set; } = string.Empty;

    /// <summary>The reset policy; from <see cref="ResetFrom"/> on when a change is pending.</summary>
    public ResetPolicy Reset { get; private set; }

    /// <summary>The policy in force before <see cref="ResetFrom"/> (null when no change was deferred).</summary>
    public ResetPolicy? PreviousReset { get; private set; }

    /// <summary>The first day <see cref="Reset"/> applies when it was changed while the series was in use.</summary>
    public DateOnly? ResetFrom { get; private set; }

    public static string DefaultMask(SeriesKind kind) => kind switch
    {
        SeriesKind.Invoice => "FA{yy}{mm}-{0000}",
        SeriesKind.CreditNote => "AV{yy}{mm}-{0000}",
        SeriesKind.Proforma => "PF{yy}{mm}-{0000}",
        SeriesKind.Deposit => "AC{yy}{mm}-{0000}",
        SeriesKind.Dossier => "DO{yy}{mm}-{0000}",
        SeriesKind.Statement => "RE{yy}{mm}-{0000}",
    };

    /// <summary>
    /// Changes the mask and the reset. A series that has not given any number yet takes both at once; otherwise
    /// the mask applies at once and a new reset from the first day of its next period (of the old policy when
    /// the new one is "never"), the counter of the current period continuing until then. The mask must suit
    /// both policies.
    /// </summary>
    public void Change(string mask, ResetPolicy reset, DateOnly today, bool hasGivenNumbers)
    {
        var parsed = NumberMask.Parse(mask, reset);
        var inForce = ResetOn(today);
        if (!hasGivenNumbers || reset == inForce)
        {
            (Mask, Reset, PreviousReset, ResetFrom) = (parsed.Value, reset, null, null);
            return;
        }

        var from = NextPeriodStart(reset == ResetPolicy.Never ? inForce : reset, today);
        NumberMask.Parse(mask, inForce, from);
        (Mask, Reset, PreviousReset, ResetFrom) = (parsed.Value, reset, inForce, from);
    }

    /// <summary>The reset policy that numbers a document dated <paramref name="date"/>.</summary>
    public ResetPolicy ResetOn(DateOnly date) =>
        ResetFrom is { } from && date < from && PreviousReset is { } previous ? previous : Reset;

    public string PeriodOf(DateOnly date) => NumberMask.PeriodKey(ResetOn(date), date);

    public string Format(long counter, DateOnly date) => NumberMask.Parse(Mask, Reset).Format(counter, date);

    private static DateOnly NextPeriodStart(ResetPolicy reset, DateOnly today) => reset switch
    {
        ResetPolicy.Yearly => new DateOnly(today.Year, 1, 1).AddYears(1),
        ResetPolicy.Monthly or ResetPolicy.Never => new DateOnly(today.Year, today.Month, 1).AddMonths(1),
    };
}
