using FluentValidation;

namespace Facturation.Application.Identity;

public sealed class UserInputValidator : AbstractValidator<UserInput>
{
    public UserInputValidator()
    {
        RuleFor(u => u.Email).NotEmpty().WithMessage("L'e-mail est obligatoire.")
            .EmailAddress().WithMessage("Adresse e-mail invalide.").MaximumLength(200);
        RuleFor(u => u.DisplayName).NotEmpty().WithMessage("Le nom est obligatoire.").MaximumLength(200).WithMessage("200 caractères au plus.");
        RuleFor(u => u.Roles).NotEmpty().WithMessage("Choisissez au moins un rôle.");
        RuleForEach(u => u.Roles).Must(r => Identity.Roles.All.Contains(r)).WithMessage("Rôle inconnu.");
    }
}
