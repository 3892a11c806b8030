using Facturation.Domain.Companies;

namespace Facturation.Testing;

/// <summary>
/// Today in the company's time zone (the default one of a fresh install), as the app computes its business dates —
/// never the machine's date: between 23:00 and midnight UTC, Paris is already tomorrow.
/// </summary>
public static class CompanyDates
{
    public static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(Company.DefaultTimeZoneId)).DateTime);
}
