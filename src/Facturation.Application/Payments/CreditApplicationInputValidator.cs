using FluentValidation;

namespace Facturation.Application.Payments;

public sealed class CreditApplicationInputValidator : AbstractValidator<CreditApplicationInput>
{
    public CreditApplicationInputValidator()
    {
        RuleFor(p => p.InvoiceId).NotNull().WithMessage("Choisissez une facture.");
        RuleFor(p => p.Amount).NotNull().WithMessage("Indiquez le montant.").GreaterThan(0).WithMessage("Le montant doit être supérieur à zéro.");
    }
}
