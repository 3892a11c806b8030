using FluentValidation;

namespace Facturation.Application.Common;

public sealed class AddressInputValidator : AbstractValidator<AddressInput>
{
    public AddressInputValidator()
    {
        RuleFor(a => a.Line1).NotEmpty().WithMessage("L'adresse est obligatoire.").MaximumLength(200).WithMessage("200 caractères au plus.").PrintableOnDocuments();
        RuleFor(a => a.Line2).MaximumLength(200).WithMessage("200 caractères au plus.").PrintableOnDocuments();
        RuleFor(a => a.PostalCode).NotEmpty().WithMessage("Le code postal est obligatoire.").MaximumLength(20).WithMessage("20 caractères au plus.");
        RuleFor(a => a.PostalCode).Matches(@"^\d{5}$").When(a => a.Country is null or "FR" or "fr").WithMessage("Un code postal français a 5 chiffres.");
        RuleFor(a => a.City).NotEmpty().WithMessage("La ville est obligatoire.").MaximumLength(100).WithMessage("100 caractères au plus.").PrintableOnDocuments();
        RuleFor(a => a.Country).NotEmpty().WithMessage("Le pays est obligatoire.")
            .Matches("^[A-Za-z]{2}$").WithMessage("Le pays est un code ISO à 2 lettres (FR, CA, BE…).");
    }
}
