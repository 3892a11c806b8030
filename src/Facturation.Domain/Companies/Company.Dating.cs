using Facturation.Domain.Common;

namespace Facturation.Domain.Companies;

/// <summary>The company's calendar (ADR-011): the time zone that says what "today" is, and how far back a document may be dated.</summary>
public sealed partial class Company
{
    public const string DefaultTimeZoneId = "Europe/Paris";

    public const int MaxBackdatingDays = 365;

    /// <summary>IANA id of the time zone whose date is the company's "today" (Europe/Paris, America/Toronto…).</summary>
    public string TimeZoneId { get; private set; } = DefaultTimeZoneId;

    /// <summary>How many days before today an issued document may be dated (0: the day of issue only, as French law expects).</summary>
    public int BackdatingDays { get; private set; }

    public TimeZoneInfo TimeZone => FindTimeZone(TimeZoneId) ?? TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);

    /// <summary>The time zone for an IANA id (not a Windows id), or null when it is unknown.</summary>
    public static TimeZoneInfo? FindTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) && zone.HasIanaId ? zone : null;

    public void UpdateDating(string? timeZoneId, int backdatingDays)
    {
        if (FindTimeZone(timeZoneId) is null)
        {
            throw new DomainException("company.time_zone", "Fuseau horaire inconnu : indiquez un identifiant IANA, par ex. Europe/Paris ou America/Toronto.", nameof(TimeZoneId));
        }

        if (backdatingDays is < 0 or > MaxBackdatingDays)
        {
            throw new DomainException("company.backdating", $"L'antidatage autorisé doit être compris entre 0 et {MaxBackdatingDays} jours.", nameof(BackdatingDays));
        }

        (TimeZoneId, BackdatingDays) = (timeZoneId!.Trim(), backdatingDays);
    }
}
