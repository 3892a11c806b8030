namespace Facturation.Application.Common;

public static class DecimalScale
{
    /// <summary>Drops the trailing zeros a database adds to a scaled column (20.0000 becomes 20, 9.9750 becomes 9.975).</summary>
    public static decimal Normalize(this decimal value) => value / 1.0000000000000000000000000000m;

    public static decimal? Normalize(this decimal? value) => value is { } v ? v.Normalize() : null;
}
