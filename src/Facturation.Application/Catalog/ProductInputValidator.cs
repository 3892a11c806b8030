using Facturation.Domain.Common;
using FluentValidation;

namespace Facturation.Application.Catalog;

public sealed class ProductInputValidator : AbstractValidator<ProductInput>
{
    public ProductInputValidator()
    {
        RuleFor(p => p.Code).NotEmpty().WithMessage("Le code est obligatoire.")
            .MaximumLength(30).WithMessage("Le code ne doit pas dépasser 30 caractères.")
            .Matches("^[A-Za-z0-9_.-]+$").WithMessage("Le code ne contient que des lettres, chiffres, « - », « _ » ou « . ».");
        RuleFor(p => p.Label).NotEmpty().WithMessage("Le libellé est obligatoire.")
            .MaximumLength(200).WithMessage("Le libellé ne doit pas dépasser 200 caractères.");
        RuleFor(p => p.Description).MaximumLength(4000).WithMessage("4000 caractères au plus.");
        RuleFor(p => p.Unit).MaximumLength(20).WithMessage("20 caractères au plus.");
        RuleFor(p => p.UnitPrice)
            .GreaterThanOrEqualTo(0).WithMessage("Le prix unitaire HT ne peut pas être négatif.")
            .Must(HaveAtMostFourDecimals).WithMessage($"Le prix unitaire HT accepte au plus {Quantities.MaxDecimals} décimales.");
        RuleFor(p => p.CostPrice!.Value)
            .GreaterThanOrEqualTo(0).WithMessage("Le prix de revient ne peut pas être négatif.")
            .Must(HaveAtMostFourDecimals).WithMessage($"Le prix de revient accepte au plus {Quantities.MaxDecimals} décimales.")
            .OverridePropertyName(nameof(ProductInput.CostPrice))
            .When(p => p.CostPrice is not null);
    }

    private static bool HaveAtMostFourDecimals(decimal value) => decimal.Round(value, Quantities.MaxDecimals) == value;
}
