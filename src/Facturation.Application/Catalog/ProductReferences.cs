namespace Facturation.Application.Catalog;

/// <summary>
/// The tax codes and revenue accounts a product may point to. Inactive ones are kept so that lists still show
/// what an existing product uses, but only active ones are offered for a new choice.
/// </summary>
public sealed record ProductReferences(IReadOnlyList<ReferenceOption> TaxCodes, IReadOnlyList<ReferenceOption> GlAccounts)
{
    public static ProductReferences None { get; } = new([], []);

    public string? TaxCodeText(int? id) => TaxCodes.FirstOrDefault(t => t.Id == id)?.Text;

    public string? GlAccountText(int? id) => GlAccounts.FirstOrDefault(a => a.Id == id)?.Text;

    /// <summary>Active choices, plus the current one if it has been deactivated since (so an edit does not lose it).</summary>
    public IEnumerable<ReferenceOption> TaxCodeChoices(int? current) => TaxCodes.Where(t => t.Active || t.Id == current);

    public IEnumerable<ReferenceOption> GlAccountChoices(int? current) => GlAccounts.Where(a => a.Active || a.Id == current);
}
