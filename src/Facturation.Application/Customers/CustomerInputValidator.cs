using Facturation.Application.Common;
using Facturation.Domain.Customers;
using FluentValidation;

namespace Facturation.Application.Customers;

public sealed class CustomerInputValidator : AbstractValidator<CustomerInput>
{
    public CustomerInputValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage("Le code est obligatoire.")
            .MaximumLength(30).WithMessage("Le code ne doit pas dépasser 30 caractères.")
            .Matches("^[A-Za-z0-9_.-]+$").WithMessage("Le code ne contient que des lettres, chiffres, « - », « _ » ou « . ».");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Le nom est obligatoire.")
            .MaximumLength(200).WithMessage("Le nom ne doit pas dépasser 200 caractères.").PrintableOnDocuments();
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Type de client inconnu (Company, Individual, PublicBody ou Foreign).");
        RuleFor(c => c.ElectronicAddress).MaximumLength(125).WithMessage("125 caractères au plus.");
        RuleFor(c => c.Siren).Siren();
        RuleFor(c => c.Siren).NotEmpty().When(c => Customer.RequiresSiren(c.Kind, c.BillingAddress?.ToAddress()))
            .WithMessage(Customer.SirenRequiredMessage);
        RuleFor(c => c.VatNumber).VatNumber();
        RuleFor(c => c.QuebecTaxRegistration).MaximumLength(50).WithMessage("50 caractères au plus.");
        RuleFor(c => c.Email).EmailAddress().WithMessage("Adresse e-mail invalide.").MaximumLength(200);
        RuleFor(c => c.Phone).MaximumLength(50).WithMessage("50 caractères au plus.");
        RuleFor(c => c.BillingAddress).NotNull().WithMessage("L'adresse de facturation est obligatoire.")
            .SetValidator(new AddressInputValidator());
        RuleFor(c => c.DeliveryAddress!).SetValidator(new AddressInputValidator())
            .When(c => c.DeliveryAddress is { IsEmpty: false });
        RuleFor(c => c.PaymentTermsDays).InclusiveBetween(0, 365).WithMessage("Le délai de paiement est compris entre 0 et 365 jours.");
        RuleFor(c => c.DefaultDiscountPercent).InclusiveBetween(0, 100).WithMessage("La remise est comprise entre 0 et 100 %.");
        RuleFor(c => c.Notes).MaximumLength(4000).WithMessage("4000 caractères au plus.");
        RuleForEach(c => c.Contacts).SetValidator(new ContactInputValidator());
        RuleFor(c => c.Contacts)
            .Must(contacts => contacts.Count(c => c.IsBillingContact) == 1)
            .When(c => c.Contacts.Any(contact => !string.IsNullOrWhiteSpace(contact.Name)))
            .WithMessage("Désignez exactement un contact de facturation.");
    }
}
