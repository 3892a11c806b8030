using System.Globalization;
using Facturation.Application.Statistics;
using Facturation.Domain.Companies;

namespace Facturation.Web.Features.Home;

public sealed record HomeViewModel(string CompanyName, DashboardFigures Figures, string? PeriodError = null)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The tallest bar of the 12-month chart (at least 1, so an empty year draws flat bars).</summary>
    public decimal ChartMaximum => Math.Max(1m, Figures.Months.Max(m => Math.Abs(m.Revenue)));

    /// <summary>An amount in French format with the company's currency, e.g. "1 234,50 €".</summary>
    public string Money(decimal amount)
    {
        var format = (NumberFormatInfo)French.NumberFormat.Clone();
        format.CurrencySymbol = Figures.Currency == Currency.CAD ? "$" : "€";
        return amount.ToString("C2", format);
    }

    /// <summary>The invariant value tests and scripts compare with the API.</summary>
    public static string Raw(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"+12,5 %" against the previous period; null when there was nothing to compare with.</summary>
    public static string? Change(RevenueComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.PreviousRevenue == 0
            ? null
            : ((comparison.Revenue - comparison.PreviousRevenue) / Math.Abs(comparison.PreviousRevenue) * 100m).ToString("+0.0;-0.0;0.0", French) + " %";
    }

    public static string MonthName(MonthRevenue month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return new DateOnly(month.Year, month.Month, 1).ToString("MMM yyyy", French);
    }

    /// <summary>The chart's label: French abbreviations ("juin", "juil."), never a cut ("jui" twice).</summary>
    public static string ShortMonthName(MonthRevenue month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return new DateOnly(month.Year, month.Month, 1).ToString("MMM", French);
    }

    /// <summary>An SVG label under a bar (written as markup: Razor reserves the &lt;text&gt; tag).</summary>
    public static string ChartLabel(int x, string label) =>
        $"<text x=\"{x.ToString(CultureInfo.InvariantCulture)}\" y=\"196\" font-size=\"11\" text-anchor=\"middle\" fill=\"#212529\">{System.Net.WebUtility.HtmlEncode(label)}</text>";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
