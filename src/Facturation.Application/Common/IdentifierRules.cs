using FluentValidation;

namespace Facturation.Application.Common;

/// <summary>Validation rules for French and EU business identifiers, shared by customers and the company.</summary>
public static class IdentifierRules
{
    /// <summary>A SIREN is 9 digits with a Luhn check digit (INSEE).</summary>
    public static bool IsValidSiren(string? value)
    {
        var digits = value?.Replace(" ", string.Empty, StringComparison.Ordinal);
        return digits is { Length: 9 } && digits.All(char.IsAsciiDigit) && PassesLuhn(digits);
    }

    public static bool IsValidSiret(string? value)
    {
        var digits = value?.Replace(" ", string.Empty, StringComparison.Ordinal);
        return digits is { Length: 14 } && digits.All(char.IsAsciiDigit) && PassesLuhn(digits);
    }

    /// <summary>An EU VAT number: country prefix then 2 to 12 characters; French ones are checked fully (key + SIREN).</summary>
    public static bool IsValidVatNumber(string? value)
    {
        var vat = value?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (vat is null || vat.Length < 4 || vat.Length > 14 || !char.IsAsciiLetterUpper(vat[0]) || !char.IsAsciiLetterUpper(vat[1]))
        {
            return false;
        }

        if (!vat.StartsWith("FR", StringComparison.Ordinal))
        {
            return vat[2..].All(char.IsAsciiLetterOrDigit);
        }

        if (vat.Length != 13 || !vat[4..].All(char.IsAsciiDigit))
        {
            return false;
        }

        // Older French numbers may carry a letter key; only the numeric key can be checked.
        if (!vat[2..4].All(char.IsAsciiDigit))
        {
            return vat[2..4].All(char.IsAsciiLetterOrDigit);
        }

        var siren = long.Parse(vat[4..], System.Globalization.CultureInfo.InvariantCulture);
        var key = int.Parse(vat[2..4], System.Globalization.CultureInfo.InvariantCulture);
        return key == (12 + (3 * (siren % 97))) % 97;
    }

    public static IRuleBuilderOptions<T, string?> Siren<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || IsValidSiren(v)).WithMessage("Le SIREN doit comporter 9 chiffres valides.");

    public static IRuleBuilderOptions<T, string?> Siret<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || IsValidSiret(v)).WithMessage("Le SIRET doit comporter 14 chiffres valides.");

    public static IRuleBuilderOptions<T, string?> VatNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || IsValidVatNumber(v)).WithMessage("Numéro de TVA intracommunautaire invalide (ex. FR40303265045).");

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
