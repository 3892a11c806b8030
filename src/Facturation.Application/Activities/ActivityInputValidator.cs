using FluentValidation;

namespace Facturation.Application.Activities;

public sealed class ActivityInputValidator : AbstractValidator<ActivityInput>
{
    public ActivityInputValidator()
    {
        RuleFor(a => a.Code).NotEmpty().WithMessage("Le code est obligatoire.")
            .MaximumLength(20).WithMessage("Le code ne doit pas dépasser 20 caractères.")
            .Matches("^[A-Za-z0-9_-]+$").WithMessage("Le code ne contient que des lettres, des chiffres, « - » et « _ » (ex. MAINT).");
        RuleFor(a => a.Name).NotEmpty().WithMessage("Le libellé est obligatoire.")
            .MaximumLength(100).WithMessage("Le libellé ne doit pas dépasser 100 caractères.");
    }
}
