using FluentValidation;

namespace Facturation.Application.Accounting;

public sealed class GlAccountInputValidator : AbstractValidator<GlAccountInput>
{
    public GlAccountInputValidator()
    {
        RuleFor(a => a.Number).NotEmpty().WithMessage("Le numéro de compte est obligatoire.")
            .MaximumLength(20).WithMessage("Le numéro de compte ne doit pas dépasser 20 caractères.")
            .Matches("^[A-Za-z0-9]+$").WithMessage("Le numéro de compte ne contient que des chiffres et des lettres (ex. 706000).");
        RuleFor(a => a.Label).NotEmpty().WithMessage("Le libellé est obligatoire.")
            .MaximumLength(200).WithMessage("Le libellé ne doit pas dépasser 200 caractères.");
        RuleFor(a => a.Kind).IsInEnum().WithMessage("Nature de compte inconnue (Revenue, VatCollected ou Receivable).");
    }
}
