using FluentValidation;

namespace Facturation.Application.Customers;

public sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        // A blank row of the form is ignored, not an error.
        When(c => !string.IsNullOrWhiteSpace(c.Name) || !string.IsNullOrWhiteSpace(c.Email) || c.IsBillingContact, () =>
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Le nom du contact est obligatoire.")
                .MaximumLength(200).WithMessage("200 caractères au plus.");
            RuleFor(c => c.Email).EmailAddress().WithMessage("Adresse e-mail invalide.").MaximumLength(200);
            RuleFor(c => c.Email).NotEmpty().When(c => c.IsBillingContact || c.CcOnInvoiceEmails)
                .WithMessage("Un contact qui reçoit les factures doit avoir un e-mail.");
            RuleFor(c => c.Phone).MaximumLength(50).WithMessage("50 caractères au plus.");
            RuleFor(c => c.Role).MaximumLength(100).WithMessage("100 caractères au plus.");
        });
    }
}
