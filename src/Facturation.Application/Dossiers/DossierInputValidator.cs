using Facturation.Application.Invoicing;
using FluentValidation;

namespace Facturation.Application.Dossiers;

public sealed class DossierInputValidator : AbstractValidator<DossierInput>
{
    public DossierInputValidator()
    {
        RuleFor(d => d.CustomerId).NotNull().WithMessage("Choisissez un client.");
        RuleFor(d => d.Name).NotEmpty().WithMessage("Le nom du dossier est obligatoire.").MaximumLength(200).WithMessage("200 caractères au plus.");
        RuleFor(d => d.Reference).MaximumLength(100).WithMessage("100 caractères au plus.");
        RuleFor(d => d.Lines.Count).LessThanOrEqualTo(1000).WithName("Lines").WithMessage("1000 lignes au plus.");
        RuleForEach(d => d.Lines).SetValidator(new InvoiceLineInputValidator());
    }
}
