using Facturation.Application.Common;
using FluentValidation;

namespace Facturation.Application.Payments;

public sealed class RefundInputValidator : AbstractValidator<RefundInput>
{
    public RefundInputValidator(IBusinessClock clock)
    {
        RuleFor(p => p.Date).NotNull().WithMessage("Indiquez la date du remboursement.").WithinSettlementWindow(clock);
        RuleFor(p => p.Amount).NotNull().WithMessage("Indiquez le montant.").GreaterThan(0).WithMessage("Le montant doit être supérieur à zéro.");
        RuleFor(p => p.Method).NotNull().WithMessage("Choisissez un mode de règlement.").IsInEnum().WithMessage("Mode de règlement inconnu.");
        RuleFor(p => p.Reference).MaximumLength(100).WithMessage("100 caractères au plus.");
    }
}
