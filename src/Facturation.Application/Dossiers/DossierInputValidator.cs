using Facturation.Application.Common;
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
        RuleFor(d => d.Lines).Must(lines => lines is null || lines.Count <= InputLimits.MaxLinesPerDocument)
            .WithMessage($"{InputLimits.MaxLinesPerDocument} lignes au plus par dossier.");
        RuleFor(d => d.Notes).MaximumLength(4000).WithMessage("4000 caractères au plus.");
        RuleForEach(d => d.Lines).SetValidator(new InvoiceLineInputValidator());
    }
}
