using System.Globalization;
using Facturation.Domain.Companies;

namespace Facturation.Web.Features.Shared;

/// <summary>
/// How screens show numbers (ADR-029): amounts with the document's own currency and quantities without trailing zeros,
/// in the request's culture (French by default: "1 234,50 €", "2", "1,5"); dates dd/MM/yyyy.
/// </summary>
public static class DisplayFormat
{
    public static string Money(decimal amount, Currency currency) => $"{amount.ToString("N2", CultureInfo.CurrentCulture)} {Symbol(currency)}";

    public static string Quantity(decimal quantity) => quantity.ToString("#,##0.####", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The sign written after an amount: € for euros, "$ CA" for Canadian dollars (the French usage), else the ISO code.</summary>
    public static string Symbol(Currency currency) => currency switch
    {
        Currency.EUR => "€",
        Currency.CAD => "$ CA",
        _ => currency.ToString(),
    };
}
