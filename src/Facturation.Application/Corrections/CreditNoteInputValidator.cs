using Facturation.Domain.Invoicing;
using FluentValidation;

namespace Facturation.Application.Corrections;

public sealed class CreditNoteInputValidator : AbstractValidator<CreditNoteInput>
{
    public CreditNoteInputValidator()
    {
        RuleFor(c => c.Type).Must(t => t is null or InvoiceType.Corrective or InvoiceType.Return).WithMessage("Type d'avoir inconnu (Corrective ou Return).");
        RuleFor(c => c.Amount).GreaterThan(0).WithMessage("Le montant doit être supérieur à zéro.");
        RuleForEach(c => c.Lines).ChildRules(l => l.RuleFor(x => x.Quantity).GreaterThanOrEqualTo(0).WithMessage("La quantité ne peut pas être négative."));
    }
}
