using Facturation.Application.Common;
using FluentValidation;

namespace Facturation.Application.Invoicing;

public sealed class InvoiceInputValidator : AbstractValidator<InvoiceInput>
{
    public InvoiceInputValidator()
    {
        RuleFor(i => i.CustomerId).NotNull().WithMessage("Choisissez un client.");
        RuleFor(i => i.Kind).IsInEnum().WithMessage("Nature inconnue (Invoice ou CreditNote).");
        RuleFor(i => i.Type).IsInEnum().WithMessage("Type de document inconnu.");
        RuleFor(i => i.PaymentTermsDays).InclusiveBetween(0, 365).WithMessage("Le délai de paiement est compris entre 0 et 365 jours.");
        RuleFor(i => i.DueDate).GreaterThanOrEqualTo(i => i.IssueDate).When(i => i.IssueDate is not null && i.DueDate is not null)
            .WithMessage("L'échéance ne peut pas précéder la date de facture.");
        RuleFor(i => i.Reference).MaximumLength(100).WithMessage("100 caractères au plus.");
        RuleFor(i => i.OperationNature).IsInEnum().WithMessage("Nature des opérations inconnue (Goods, Services ou Both).");
        RuleFor(i => i.Lines).Must(lines => lines is null || lines.Count <= InputLimits.MaxLinesPerDocument)
            .WithMessage($"{InputLimits.MaxLinesPerDocument} lignes au plus par document.");
        RuleFor(i => i.PublicNote).MaximumLength(4000).WithMessage("4000 caractères au plus.").PrintableOnDocuments();
        RuleFor(i => i.PrivateNote).MaximumLength(4000).WithMessage("4000 caractères au plus.");
        RuleFor(i => i.DeliveryAddress!).SetValidator(new AddressInputValidator())
            .When(i => i.DeliveryAddress is { IsEmpty: false });
        RuleForEach(i => i.Lines).SetValidator(new InvoiceLineInputValidator());
    }
}
