using FluentValidation;

namespace Facturation.Web.Features.Account;

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Le mot de passe actuel est obligatoire.");
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage("Le nouveau mot de passe est obligatoire.")
            .NotEqual(c => c.CurrentPassword).WithMessage("Choisissez un mot de passe différent de l'actuel.");
        RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage("La confirmation ne correspond pas.");
    }
}
