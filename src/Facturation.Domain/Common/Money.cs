namespace Facturation.Domain.Common;

/// <summary>The one place where amounts are rounded: to the cent, half away from zero (EN 16931).</summary>
public static class Money
{
    public static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
