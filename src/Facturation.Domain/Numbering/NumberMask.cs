using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Facturation.Domain.Common;

namespace Facturation.Domain.Numbering;

/// <summary>
/// A numbering mask such as <c>FA{yy}{mm}-{0000}</c>: tokens <c>{yyyy}</c>, <c>{yy}</c>, <c>{mm}</c>, exactly one
/// counter token <c>{0…0}</c> (its width) and literal text.
/// </summary>
public sealed partial class NumberMask
{
    private NumberMask(string value, int counterWidth)
    {
        Value = value;
        CounterWidth = counterWidth;
    }

    public string Value { get; }

    public int CounterWidth { get; }

    public bool HasYear => Value.Contains("{yyyy}", StringComparison.Ordinal) || Value.Contains("{yy}", StringComparison.Ordinal);

    public bool HasMonth => Value.Contains("{mm}", StringComparison.Ordinal);

    /// <summary>
    /// Parses and checks a mask for a reset policy: the counter restarts each period, so the period must be
    /// part of the number or two documents would share one (Dolibarr refuses such masks too).
    /// </summary>
    public static NumberMask Parse(string? mask, ResetPolicy reset)
    {
        var value = Require.Text(mask, "Mask", "Le masque", 40);
        var tokens = Tokens().Matches(value);
        var counters = tokens.Where(t => t.Value.Trim('{', '}').All(c => c == '0')).ToList();
        if (counters.Count != 1)
        {
            throw new DomainException("mask.counter", "Le masque doit contenir un et un seul compteur, par ex. {0000}.", "Mask");
        }

        var unknown = tokens.FirstOrDefault(t => t.Value is not ("{yyyy}" or "{yy}" or "{mm}") && !counters.Contains(t));
        if (unknown is not null)
        {
            throw new DomainException("mask.token", $"Élément inconnu dans le masque : {unknown.Value}. Utilisez {{yyyy}}, {{yy}}, {{mm}} et {{0000}}.", "Mask");
        }

        var width = counters[0].Value.Length - 2;
        if (width > 10)
        {
            throw new DomainException("mask.width", "Le compteur a au plus 10 chiffres.", "Mask");
        }

        var parsed = new NumberMask(value, width);
        if ((reset == ResetPolicy.Yearly && !parsed.HasYear) || (reset == ResetPolicy.Monthly && !(parsed.HasYear && parsed.HasMonth)))
        {
            throw new DomainException(
                "mask.period",
                reset == ResetPolicy.Yearly
                    ? "Avec une remise à zéro annuelle, le masque doit contenir l'année ({yyyy} ou {yy})."
                    : "Avec une remise à zéro mensuelle, le masque doit contenir l'année et le mois ({yy}{mm}).",
                "Mask");
        }

        return parsed;
    }

    public static string PeriodKey(ResetPolicy reset, DateOnly date) => reset switch
    {
        ResetPolicy.Never => string.Empty,
        ResetPolicy.Yearly => date.Year.ToString("0000", CultureInfo.InvariantCulture),
        ResetPolicy.Monthly => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    /// <summary>The number for a counter value; a value wider than the mask's counter is printed in full.</summary>
    public string Format(long counter, DateOnly date)
    {
        var result = new StringBuilder(Value)
            .Replace("{yyyy}", date.Year.ToString("0000", CultureInfo.InvariantCulture))
            .Replace("{yy}", (date.Year % 100).ToString("00", CultureInfo.InvariantCulture))
            .Replace("{mm}", date.Month.ToString("00", CultureInfo.InvariantCulture))
            .Replace("{" + new string('0', CounterWidth) + "}", counter.ToString(new string('0', CounterWidth), CultureInfo.InvariantCulture));
        return result.ToString();
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Tokens();
}
