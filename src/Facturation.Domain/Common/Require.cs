namespace Facturation.Domain.Common;

/// <summary>Guards shared by the aggregates; each failure is a <see cref="DomainException"/> naming the field.</summary>
public static class Require
{
    public static string Text(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException("field.required", $"{label} est obligatoire.", field);
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException("field.too_long", $"{label} ne doit pas dépasser {maxLength} caractères.", field);
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength
            ? throw new DomainException("field.too_long", $"{label} ne doit pas dépasser {maxLength} caractères.", field)
            : trimmed;
    }

    /// <summary>Codes are compared case-insensitively by users; store them upper-case.</summary>
    public static string Code(string? value, string field, string label, int maxLength) =>
        Text(value, field, label, maxLength).ToUpperInvariant();

    public static decimal NonNegative(decimal value, string field, string label) =>
        value < 0 ? throw new DomainException("field.negative", $"{label} ne peut pas être négatif.", field) : value;

    public static decimal Percentage(decimal value, string field, string label) =>
        value is < 0 or > 100
            ? throw new DomainException("field.percentage", $"{label} doit être compris entre 0 et 100.", field)
            : value;
}
