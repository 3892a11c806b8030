using System.Globalization;

namespace Facturation.Documents.Layout;

/// <summary>
/// French number and date formats, independent of the server's culture: "1 234,56 €", "9,975 %", "23/11/2026".
/// Plain spaces group the thousands so the text copied from the PDF is what people type.
/// </summary>
internal static class DocumentFormat
{
    private static readonly NumberFormatInfo French = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        NegativeSign = "-",
    };

    public static string Amount(decimal amount, string currencySymbol) =>
        $"{amount.ToString("#,##0.00", French)} {currencySymbol}";

    public static string Number(decimal value) => value.ToString("#,##0.####", French);

    public static string Percent(decimal value) => $"{value.ToString("0.####", French)} %";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
