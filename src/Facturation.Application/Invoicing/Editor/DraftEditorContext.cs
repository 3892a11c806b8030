namespace Facturation.Application.Invoicing.Editor;

/// <summary>What the draft editor renders besides the posted values.</summary>
public sealed record DraftEditorContext(
    IReadOnlyList<Choice> TaxCodes,
    IReadOnlyList<Choice> GlAccounts,
    IReadOnlyList<Choice> Contacts,
    IReadOnlyList<Choice> DossierLines,
    string? CustomerLabel,
    IReadOnlyDictionary<int, string> ProductLabels,
    DraftPreview Preview);
