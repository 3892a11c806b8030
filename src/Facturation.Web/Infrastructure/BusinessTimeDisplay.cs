using System.Globalization;
using Facturation.Application.Common;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Stored instants (UTC) shown as the company's wall-clock time (ADR-011): the server's own zone never reaches a
/// screen. A presentation service, so views may inject it (<c>_ViewImports</c>).
/// </summary>
public sealed class BusinessTimeDisplay(IBusinessClock clock)
{
    public string Format(DateTime utc, string format) => clock.ToBusinessTime(utc).ToString(format, CultureInfo.CurrentCulture);

    public string? Format(DateTime? utc, string format) => utc is { } instant ? Format(instant, format) : null;
}
