namespace Facturation.Application.Dossiers;

/// <summary>The customer's acceptance: when, and its reference (signed quote, order number…).</summary>
public sealed class AcceptDossierInput
{
    public DateOnly? Date { get; set; }

    public string? Reference { get; set; }
}
