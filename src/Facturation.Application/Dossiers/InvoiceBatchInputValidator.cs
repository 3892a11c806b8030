using FluentValidation;

namespace Facturation.Application.Dossiers;

public sealed class InvoiceBatchInputValidator : AbstractValidator<InvoiceBatchInput>
{
    public InvoiceBatchInputValidator()
    {
        RuleFor(b => b.DossierIds).NotEmpty().WithMessage("Sélectionnez au moins un dossier.");
        RuleFor(b => b.DossierIds.Count).LessThanOrEqualTo(500).WithName("DossierIds").WithMessage("500 dossiers au plus.");
        RuleFor(b => b.Grouping).IsInEnum().WithMessage("Regroupement inconnu (PerDossier ou PerCustomer).");
    }
}
