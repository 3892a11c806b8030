using Facturation.Application.Common;
using Facturation.Domain.Invoicing;
using FluentValidation;

namespace Facturation.Application.Invoicing;

public sealed class InvoiceLineInputValidator : AbstractValidator<InvoiceLineInput>
{
    public InvoiceLineInputValidator()
    {
        RuleFor(l => l.Kind).IsInEnum().WithMessage("Type de ligne inconnu (Item, Section ou Comment).");
        RuleFor(l => l.Description).NotEmpty().When(l => l.ProductId is null && l.DossierLineId is null && !l.IsBlank).WithMessage("La désignation est obligatoire.");
        RuleFor(l => l.Description).MaximumLength(4000).WithMessage("4000 caractères au plus.").PrintableOnDocuments();
        When(l => l.Kind == LineKind.Item, () =>
        {
            RuleFor(l => l.Quantity).GreaterThanOrEqualTo(0).WithMessage("La quantité ne peut pas être négative.")
                .PrecisionScale(18, 4, ignoreTrailingZeros: true).WithMessage("4 décimales au plus.");
            RuleFor(l => l.UnitPrice).NotNull().When(l => l.ProductId is null && l.DossierLineId is null && !l.IsBlank).WithMessage("Le prix unitaire est obligatoire.");
            RuleFor(l => l.UnitPrice).PrecisionScale(18, 4, ignoreTrailingZeros: true).WithMessage("4 décimales au plus.");
            RuleFor(l => l.DiscountPercent).InclusiveBetween(0, 100).WithMessage("La remise est comprise entre 0 et 100 %.");
        });
    }
}
