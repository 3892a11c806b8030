using Facturation.Documents;
using FluentValidation;

namespace Facturation.Application.Common;

/// <summary>
/// Text printed on documents must have glyphs in the document fonts (ADR-007, "Session 11"): a name or a line that
/// would print as empty boxes is refused where it is typed, not discovered on a customer's invoice.
/// </summary>
public static class PrintableRules
{
    /// <summary>How many of the refused characters the message names (a pasted page of Chinese would name thousands).</summary>
    private const int Named = 10;

    public static IRuleBuilderOptions<T, string?> PrintableOnDocuments<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || PrintableText.MissingGlyphs(text).Count == 0)
            .WithMessage((_, text) => $"Ces caractères ne s'impriment pas sur les documents : {Names(PrintableText.MissingGlyphs(text ?? string.Empty))} (écritures latine, grecque et cyrillique seulement).");

    private static string Names(IReadOnlyList<string> missing) =>
        string.Join(" ", missing.Take(Named)) + (missing.Count > Named ? " …" : string.Empty);
}
