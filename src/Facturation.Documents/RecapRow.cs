namespace Facturation.Documents;

/// <summary>One row of the billing recap of a situation or balance invoice (dossier total, earlier deposits, left to bill…).</summary>
public sealed record RecapRow(string Label, decimal Amount, bool Emphasized = false);
