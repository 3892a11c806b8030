namespace Facturation.Domain.Common;

/// <summary>Precision rules of the brief: quantities and unit prices carry at most 4 decimals.</summary>
public static class Quantities
{
    public const int MaxDecimals = 4;

    public static decimal UnitPrice(decimal value, string field, string label) =>
        decimal.Round(value, MaxDecimals) != value
            ? throw new DomainException("field.precision", $"{label} accepte au plus {MaxDecimals} décimales.", field)
            : value;
}
