using Facturation.Domain.Common;

namespace Facturation.Domain.Dossiers;

/// <summary>Splits an amount in cents proportionally to weights; the rounding remainder goes to the largest shares, so the parts always add up.</summary>
public static class Allocation
{
    public static IReadOnlyList<decimal> Split(decimal amount, IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var total = weights.Sum();
        if (weights.Count == 0)
        {
            return [];
        }

        if (total == 0)
        {
            return weights.Select((_, i) => i == 0 ? amount : 0m).ToList();
        }

        var exact = weights.Select(w => amount * w / total).ToList();
        var parts = exact.Select(e => decimal.Round(e, 2, MidpointRounding.ToZero)).ToList();
        var leftCents = (int)((Money.Round(amount) - parts.Sum()) * 100m);
        var step = leftCents >= 0 ? 0.01m : -0.01m;
        foreach (var index in exact.Select((e, i) => (Remainder: Math.Abs(e - parts[i]), Index: i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.Index).Take(Math.Abs(leftCents)).Select(x => x.Index))
        {
            parts[index] += step;
        }

        return parts;
    }
}
