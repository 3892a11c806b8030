using FluentValidation;

namespace Facturation.Application.Common;

/// <summary>Checks of the bank details printed on invoices (ISO 13616 IBAN, ISO 9362 BIC).</summary>
public static class BankAccountRules
{
    // Lengths of the IBANs customers of a French or Québec SMB meet most; other countries get the generic bounds.
    private static readonly Dictionary<string, int> IbanLengths = new(StringComparer.Ordinal)
    {
        ["FR"] = 27,
        ["MC"] = 27,
        ["BE"] = 16,
        ["LU"] = 20,
        ["CH"] = 21,
        ["DE"] = 22,
        ["ES"] = 24,
        ["IT"] = 27,
        ["NL"] = 18,
        ["PT"] = 25,
        ["GB"] = 22,
        ["IE"] = 22,
        ["AT"] = 20,
    };

    public static string? Compact(string? value) =>
        value?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Country code, check digits, then the account; valid when the rearranged number modulo 97 is 1.</summary>
    public static bool IsValidIban(string? value)
    {
        var iban = Compact(value);
        if (iban is null || iban.Length < 15 || iban.Length > 34
            || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3])
            || !iban.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        if (IbanLengths.TryGetValue(iban[..2], out var length) && iban.Length != length)
        {
            return false;
        }

        var remainder = 0;
        foreach (var c in iban[4..] + iban[..4])
        {
            var digits = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = digits < 10 ? ((remainder * 10) + digits) % 97 : ((remainder * 100) + digits) % 97;
        }

        return remainder == 1;
    }

    /// <summary>Bank (4 letters), country (2 letters), location (2), optional branch (3).</summary>
    public static bool IsValidBic(string? value)
    {
        var bic = Compact(value);
        return bic is { Length: 8 or 11 }
            && bic[..6].All(char.IsAsciiLetterUpper)
            && bic[6..].All(char.IsAsciiLetterOrDigit);
    }

    public static IRuleBuilderOptions<T, string?> Iban<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || IsValidIban(v))
            .WithMessage("IBAN invalide : vérifiez le pays, la longueur et la clé (ex. FR76 3000 6000 0112 3456 7890 189).");

    public static IRuleBuilderOptions<T, string?> Bic<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || IsValidBic(v))
            .WithMessage("BIC invalide : 8 ou 11 caractères (ex. AGRIFRPP ou AGRIFRPP882).");

    internal static string Format(string compactIban) =>
        string.Join(' ', compactIban.Chunk(4).Select(chunk => new string(chunk)));
}
