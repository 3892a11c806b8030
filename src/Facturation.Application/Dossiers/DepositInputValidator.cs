using FluentValidation;

namespace Facturation.Application.Dossiers;

public sealed class DepositInputValidator : AbstractValidator<DepositInput>
{
    public DepositInputValidator()
    {
        RuleFor(d => d.Percent).NotNull().When(d => d.Amount is null).WithMessage("Indiquez un pourcentage ou un montant.");
        RuleFor(d => d.Amount).Null().When(d => d.Percent is not null).WithMessage("Indiquez un pourcentage OU un montant, pas les deux.");
        RuleFor(d => d.Percent).GreaterThan(0).LessThanOrEqualTo(100).WithMessage("Le pourcentage est compris entre 0 et 100.");
        RuleFor(d => d.Amount).GreaterThan(0).WithMessage("Le montant doit être positif.")
            .PrecisionScale(18, 2, ignoreTrailingZeros: true).WithMessage("2 décimales au plus.");
        RuleFor(d => d.Mode).IsInEnum().WithMessage("Mode inconnu (Summary ou AllLines).");
    }
}
