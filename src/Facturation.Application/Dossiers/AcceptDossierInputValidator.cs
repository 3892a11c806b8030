using FluentValidation;

namespace Facturation.Application.Dossiers;

public sealed class AcceptDossierInputValidator : AbstractValidator<AcceptDossierInput>
{
    public AcceptDossierInputValidator()
    {
        RuleFor(a => a.Reference).NotEmpty().WithMessage("Indiquez la référence de l'acceptation (bon de commande, devis signé…).")
            .MaximumLength(100).WithMessage("100 caractères au plus.");
    }
}
