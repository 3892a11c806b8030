using System.Globalization;
using Facturation.Domain.Companies;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// How the editor writes numbers back into its fields and totals, fr-FR whatever the server culture: quantities without
/// useless zeros ("2", "1,5"), prices with 2 to 4 decimals ("750,00"), amounts with 2 decimals and the document's currency.
/// The form binder reads them back (<c>FlexibleDecimalModelBinder</c>).
/// </summary>
public static class EditorNumbers
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Quantity(decimal? value) => value?.ToString("0.####", French) ?? string.Empty;

    public static string Price(decimal? value) => value?.ToString("0.00##", French) ?? string.Empty;

    public static string Percent(decimal? value) => value?.ToString("0.##", French) ?? string.Empty;

    public static string Rate(decimal value) => value.ToString("0.###", French) + "\u00A0%";

    public static string Amount(decimal value, Currency currency) => value.ToString("N2", French) + "\u00A0" + Symbol(currency);

    private static string Symbol(Currency currency) => currency switch
    {
        Currency.EUR => "€",
        Currency.CAD => "$\u00A0CA",
        _ => currency.ToString(),
    };
}
