using Facturation.Application.Common;
using FluentValidation;

namespace Facturation.Application.Payments;

public sealed class PaymentInputValidator : AbstractValidator<PaymentInput>
{
    public PaymentInputValidator(IBusinessClock clock)
    {
        RuleFor(p => p.CustomerId).NotNull().WithMessage("Choisissez un client.");
        RuleFor(p => p.Date).NotNull().WithMessage("Indiquez la date du règlement.").WithinSettlementWindow(clock);
        RuleFor(p => p.Amount).NotNull().WithMessage("Indiquez le montant.").GreaterThan(0).WithMessage("Le montant doit être supérieur à zéro.");
        RuleFor(p => p.Method).NotNull().WithMessage("Choisissez un mode de règlement.").IsInEnum().WithMessage("Mode de règlement inconnu.");
        RuleFor(p => p.Reference).MaximumLength(100).WithMessage("100 caractères au plus.");
        RuleFor(p => p.BankAccount).MaximumLength(100).WithMessage("100 caractères au plus.");
        RuleFor(p => p.Note).MaximumLength(1000).WithMessage("1000 caractères au plus.");
        RuleForEach(p => p.Allocations).ChildRules(a =>
            a.RuleFor(x => x.Amount).GreaterThanOrEqualTo(0).WithMessage("Le montant imputé ne peut pas être négatif."));
    }
}
