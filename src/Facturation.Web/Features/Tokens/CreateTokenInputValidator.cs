using FluentValidation;

namespace Facturation.Web.Features.Tokens;

public sealed class CreateTokenInputValidator : AbstractValidator<CreateTokenInput>
{
    public CreateTokenInputValidator()
    {
        RuleFor(t => t.Name).NotEmpty().WithMessage("Donnez un nom au jeton (ex. « Export comptable »).")
            .MaximumLength(100).WithMessage("100 caractères au plus.");
    }
}
