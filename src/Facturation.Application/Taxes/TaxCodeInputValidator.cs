using FluentValidation;

namespace Facturation.Application.Taxes;

public sealed class TaxCodeInputValidator : AbstractValidator<TaxCodeInput>
{
    public const int MaxComponents = 3;

    public TaxCodeInputValidator()
    {
        RuleFor(t => t.Code).NotEmpty().WithMessage("Le code est obligatoire.")
            .MaximumLength(20).WithMessage("Le code ne doit pas dépasser 20 caractères.")
            .Matches("^[A-Za-z0-9_.-]+$").WithMessage("Le code ne contient que des lettres, chiffres, « - », « _ » ou « . ».");
        RuleFor(t => t.Label).NotEmpty().WithMessage("Le libellé est obligatoire.")
            .MaximumLength(100).WithMessage("Le libellé ne doit pas dépasser 100 caractères.");
        RuleForEach(t => t.Components).SetValidator(new TaxComponentInputValidator());
        RuleFor(t => t.Components)
            .Must(c => c.Any(row => !row.IsBlank)).WithMessage("Saisissez au moins une taxe (ex. TVA 20 %).")
            .Must(c => c.Count(row => !row.IsBlank) <= MaxComponents).WithMessage($"Un code de taxe a au plus {MaxComponents} composantes.")
            .Must(HaveDistinctNames).WithMessage("Chaque composante doit avoir un nom différent.");
        RuleFor(t => t.ExemptionMention).MaximumLength(300).WithMessage("300 caractères au plus.");
        RuleFor(t => t.Category).IsInEnum().WithMessage("Catégorie de TVA inconnue (S, Z, E, AE, K, G ou O).");
        RuleFor(t => t.ExemptionReasonCode).Matches(@"^\s*[Vv][Aa][Tt][Ee][Xx]-[A-Za-z0-9-]+\s*$").WithMessage("Code VATEX attendu (ex. VATEX-FR-FRANCHISE).")
            .MaximumLength(30).WithMessage("30 caractères au plus.");
        RuleFor(t => t.ExemptionMention).NotEmpty()
            .When(t => t.Components.Any(row => !row.IsBlank) && t.Components.Where(row => !row.IsBlank).All(row => row.Rate == 0))
            .WithMessage("Un taux de 0 % exige une mention d'exonération (ex. « TVA non applicable, art. 293 B du CGI »).");
    }

    private static bool HaveDistinctNames(List<TaxComponentInput> components)
    {
        var names = components.Where(c => !string.IsNullOrWhiteSpace(c.Name)).Select(c => c.Name!.Trim().ToUpperInvariant()).ToList();
        return names.Distinct().Count() == names.Count;
    }
}
