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
    // Pattern elements: a literal character (upper-cased), AnyDigit, or RepeatedDigit (zero or more digits).
    private const char AnyDigit = '\u0001';
    private const char RepeatedDigit = '\u0002';

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
    public static NumberMask Parse(string? mask, ResetPolicy reset) => Parse(mask, reset, null);

    /// <summary>As <see cref="Parse(string?, ResetPolicy)"/>, for a policy that stays in force until <paramref name="until"/> (a deferred reset change).</summary>
    public static NumberMask Parse(string? mask, ResetPolicy reset, DateOnly? until)
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
            var rule = reset == ResetPolicy.Yearly
                ? "Avec une remise à zéro annuelle, le masque doit contenir l'année ({yyyy} ou {yy})."
                : "Avec une remise à zéro mensuelle, le masque doit contenir l'année et le mois ({yy}{mm}).";
            var pending = until is { } date
                ? $"La remise à zéro actuelle reste en vigueur jusqu'au {date.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} : {char.ToLowerInvariant(rule[0])}{rule[1..]}"
                : rule;
            throw new DomainException("mask.period", pending, "Mask");
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

    /// <summary>
    /// Whether some text could be a number of both masks (ADR-011): each mask is read as a pattern — literal
    /// characters (compared case-insensitively, as SQL Server does), a digit for each year/month digit, and the
    /// counter as at least its width of digits, since a wider value is printed in full — and the two patterns are
    /// run together to see whether any string satisfies both. Conservative: <c>{mm}</c> counts as any two digits.
    /// </summary>
    public bool CouldCollideWith(NumberMask other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (left, right) = (Pattern(), other.Pattern());
        var seen = new HashSet<(int, int)>();
        var pending = new Stack<(int Left, int Right)>();
        pending.Push((0, 0));
        while (pending.Count > 0)
        {
            var (i, j) = pending.Pop();
            if (!seen.Add((i, j)))
            {
                continue;
            }

            if (i == left.Count && j == right.Count)
            {
                return true;
            }

            // A counter's "more digits" may also stop here.
            if (i < left.Count && left[i] == RepeatedDigit)
            {
                pending.Push((i + 1, j));
            }

            if (j < right.Count && right[j] == RepeatedDigit)
            {
                pending.Push((i, j + 1));
            }

            if (i < left.Count && j < right.Count && SameCharacterPossible(left[i], right[j]))
            {
                pending.Push((left[i] == RepeatedDigit ? i : i + 1, right[j] == RepeatedDigit ? j : j + 1));
            }
        }

        return false;
    }

    private static bool IsDigitElement(char element) => element is AnyDigit or RepeatedDigit;

    private static bool SameCharacterPossible(char left, char right) =>
        (IsDigitElement(left), IsDigitElement(right)) switch
        {
            (true, true) => true,
            (true, false) => char.IsAsciiDigit(right),
            (false, true) => char.IsAsciiDigit(left),
            (false, false) => left == right,
        };

    private List<char> Pattern()
    {
        var elements = new List<char>();
        var position = 0;
        foreach (Match token in Tokens().Matches(Value))
        {
            elements.AddRange(Value[position..token.Index].Select(char.ToUpperInvariant));
            elements.AddRange(Enumerable.Repeat(AnyDigit, token.Length - 2));
            if (token.Value.Trim('{', '}').All(c => c == '0'))
            {
                elements.Add(RepeatedDigit);
            }

            position = token.Index + token.Length;
        }

        elements.AddRange(Value[position..].Select(char.ToUpperInvariant));
        return elements;
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Tokens();
}
