using FluentValidation;

namespace Facturation.Web.Features.Account;

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(l => l.Email).NotEmpty().WithMessage("L'e-mail est obligatoire.");
        RuleFor(l => l.Password).NotEmpty().WithMessage("Le mot de passe est obligatoire.");
    }
}
