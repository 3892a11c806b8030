using FluentValidation;

namespace Facturation.Application.Dossiers;

public sealed class DossierBillingSettingsInputValidator : AbstractValidator<DossierBillingSettingsInput>
{
    public DossierBillingSettingsInputValidator()
    {
        RuleFor(s => s.DefaultDeduction).IsInEnum().WithMessage("Déduction inconnue.");
        RuleFor(s => s.SituationTitleTemplate).NotEmpty().WithMessage("Le modèle de titre est obligatoire.").MaximumLength(200).WithMessage("200 caractères au plus.");
        RuleFor(s => s.SituationLineTemplate).NotEmpty().WithMessage("Le modèle de désignation est obligatoire.").MaximumLength(500).WithMessage("500 caractères au plus.");
    }
}
