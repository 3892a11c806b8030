using Facturation.Application.Common;
using FluentValidation;

namespace Facturation.Application.Payments;

public sealed class BulkPaymentInputValidator : AbstractValidator<BulkPaymentInput>
{
    public BulkPaymentInputValidator()
    {
        RuleFor(x => x.InvoiceIds).NotEmpty().WithMessage("Sélectionnez au moins une facture.")
            .Must(ids => ids.Count <= BulkSelection.MaxDocuments).WithMessage($"Sélectionnez au plus {BulkSelection.MaxDocuments} documents.");
        RuleFor(x => x.Date).NotNull().WithMessage("Indiquez la date.");
        RuleFor(x => x.Method).NotNull().WithMessage("Choisissez un mode de règlement.");
        RuleFor(x => x.Reference).MaximumLength(100).WithMessage("La référence fait au plus 100 caractères.");
        RuleFor(x => x.BankAccount).MaximumLength(100).WithMessage("La banque fait au plus 100 caractères.");
        RuleFor(x => x.Amount).GreaterThan(0).When(x => x.Amount is not null).WithMessage("Le montant doit être supérieur à zéro.");
    }
}
