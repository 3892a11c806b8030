namespace Facturation.Application.Accounting.Exports;

/// <summary>
/// A period as UTC instants in the company's time zone (midnight of its first day to midnight after its last), to
/// compare the time a payment was voided with the period's business dates.
/// </summary>
internal sealed record VoidWindow(DateTime StartUtc, DateTime EndUtc)
{
    public static VoidWindow Of(AccountingPeriod period, TimeZoneInfo zone) =>
        new(StartOfDay(period.From, zone), StartOfDay(period.To.AddDays(1), zone));

    private static DateTime StartOfDay(DateOnly date, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);
}
