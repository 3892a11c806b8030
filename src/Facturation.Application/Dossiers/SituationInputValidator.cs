using FluentValidation;

namespace Facturation.Application.Dossiers;

public sealed class SituationInputValidator : AbstractValidator<SituationInput>
{
    public SituationInputValidator()
    {
        RuleFor(s => s.Lines).NotEmpty().WithMessage("Indiquez l'avancement d'au moins une ligne.");
        RuleFor(s => s.DepositDeduction).IsInEnum().WithMessage("Déduction inconnue (Full ou Progressive).");
        RuleForEach(s => s.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Percent).InclusiveBetween(0, 100).WithMessage("L'avancement cumulé est compris entre 0 et 100 %.")
                .PrecisionScale(18, 4, ignoreTrailingZeros: true).WithMessage("4 décimales au plus.");
            line.RuleFor(l => l.Quantity).GreaterThanOrEqualTo(0).WithMessage("La quantité ne peut pas être négative.")
                .PrecisionScale(18, 4, ignoreTrailingZeros: true).WithMessage("4 décimales au plus.");
            line.RuleFor(l => l.Percent).NotNull().When(l => l.Quantity is null).WithMessage("Indiquez un pourcentage ou une quantité.");
        });
    }
}
