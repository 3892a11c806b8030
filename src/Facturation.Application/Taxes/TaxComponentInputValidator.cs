using Facturation.Domain.Common;
using FluentValidation;

namespace Facturation.Application.Taxes;

public sealed class TaxComponentInputValidator : AbstractValidator<TaxComponentInput>
{
    public TaxComponentInputValidator()
    {
        // A blank row of the form is ignored, not an error.
        When(c => !c.IsBlank, () =>
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Le nom de la taxe est obligatoire (ex. TVA, TPS, TVQ).")
                .MaximumLength(30).WithMessage("30 caractères au plus.");
            RuleFor(c => c.Rate).NotNull().WithMessage("Le taux est obligatoire.");
            RuleFor(c => c.Rate!.Value)
                .InclusiveBetween(0, 100).WithMessage("Le taux doit être compris entre 0 et 100.")
                .Must(r => decimal.Round(r, Quantities.MaxDecimals) == r).WithMessage($"Le taux accepte au plus {Quantities.MaxDecimals} décimales.")
                .OverridePropertyName(nameof(TaxComponentInput.Rate))
                .When(c => c.Rate is not null);
        });
    }
}
