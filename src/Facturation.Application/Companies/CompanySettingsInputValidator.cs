using Facturation.Application.Common;
using Facturation.Domain.Companies;
using FluentValidation;

namespace Facturation.Application.Companies;

public sealed class CompanySettingsInputValidator : AbstractValidator<CompanySettingsInput>
{
    public CompanySettingsInputValidator()
    {
        RuleFor(c => c.LegalName).NotEmpty().WithMessage("La raison sociale est obligatoire.")
            .MaximumLength(200).WithMessage("La raison sociale ne doit pas dépasser 200 caractères.");
        RuleFor(c => c.LegalForm).MaximumLength(100).WithMessage("100 caractères au plus.");
        RuleFor(c => c.ShareCapital).GreaterThanOrEqualTo(0).WithMessage("Le capital ne peut pas être négatif.");
        RuleFor(c => c.Siren).Siren();
        RuleFor(c => c.Siren).NotEmpty().When(c => IsFrench(c.Address))
            .WithMessage("Le SIREN est obligatoire pour une société établie en France (mentions légales et facture électronique).");
        RuleFor(c => c.ElectronicAddress).MaximumLength(125).WithMessage("125 caractères au plus.")
            .Must((c, address) => address!.Trim().StartsWith(Digits(c.Siren)!, StringComparison.Ordinal))
            .When(c => !string.IsNullOrWhiteSpace(c.ElectronicAddress) && IdentifierRules.IsValidSiren(c.Siren))
            .WithMessage("L'adresse électronique (annuaire PPF, schéma 0225) doit commencer par le SIREN de la société.");
        RuleFor(c => c.Siret).Siret();
        RuleFor(c => c.Siret)
            .Must((c, siret) => Digits(siret)!.StartsWith(Digits(c.Siren)!, StringComparison.Ordinal))
            .When(c => IdentifierRules.IsValidSiren(c.Siren) && IdentifierRules.IsValidSiret(c.Siret))
            .WithMessage("Le SIRET doit commencer par le SIREN de la société.");
        RuleFor(c => c.RcsCity).MaximumLength(100).WithMessage("100 caractères au plus.");
        RuleFor(c => c.VatNumber).VatNumber();
        RuleFor(c => c.VatNumber)
            .Must((c, vat) => BankAccountRules.Compact(vat)!.EndsWith(Digits(c.Siren)!, StringComparison.Ordinal))
            .When(c => IdentifierRules.IsValidSiren(c.Siren) && IdentifierRules.IsValidVatNumber(c.VatNumber)
                && BankAccountRules.Compact(c.VatNumber)!.StartsWith("FR", StringComparison.Ordinal))
            .WithMessage("Le numéro de TVA français doit se terminer par le SIREN de la société.");
        RuleFor(c => c.QuebecNeq).Matches(@"^\s*\d{10}\s*$").WithMessage("Le NEQ comporte 10 chiffres.");
        RuleFor(c => c.QuebecGstNumber).Matches(@"^\s*\d{9}\s*RT\s*\d{4}\s*$")
            .WithMessage("Le numéro de TPS a la forme 123456789 RT0001.");
        RuleFor(c => c.QuebecQstNumber).Matches(@"^\s*\d{10}\s*TQ\s*\d{4}\s*$")
            .WithMessage("Le numéro de TVQ a la forme 1234567890 TQ0001.");
        RuleFor(c => c.Address).NotNull().WithMessage("L'adresse de la société est obligatoire.")
            .SetValidator(new AddressInputValidator());
        RuleFor(c => c.Email).EmailAddress().WithMessage("Adresse e-mail invalide.")
            .MaximumLength(200).WithMessage("200 caractères au plus.");
        RuleFor(c => c.Phone).MaximumLength(50).WithMessage("50 caractères au plus.");
        RuleFor(c => c.Iban).Iban();
        RuleFor(c => c.Bic).Bic();
        RuleFor(c => c.Bic).NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.Iban))
            .WithMessage("Indiquez le BIC qui accompagne l'IBAN.");
        RuleFor(c => c.DefaultPaymentTermsDays).InclusiveBetween(0, 365)
            .WithMessage("Le délai de paiement doit être compris entre 0 et 365 jours.");
        RuleFor(c => c.LatePaymentPenaltyRate).InclusiveBetween(0, 100)
            .WithMessage("Le taux de pénalité doit être compris entre 0 et 100.");
        RuleFor(c => c.RecoveryIndemnityMention).MaximumLength(500).WithMessage("500 caractères au plus.");
        RuleFor(c => c.FooterMessage).MaximumLength(1000).WithMessage("1000 caractères au plus.");
        RuleFor(c => c.Currency).IsInEnum().WithMessage("Devise inconnue (EUR ou CAD).");
        RuleFor(c => c.TimeZoneId).Must(id => Company.FindTimeZone(id) is not null)
            .WithMessage("Fuseau horaire inconnu : indiquez un identifiant IANA, par ex. Europe/Paris ou America/Toronto.");
        RuleFor(c => c.BackdatingDays).InclusiveBetween(0, Company.MaxBackdatingDays)
            .WithMessage($"L'antidatage autorisé doit être compris entre 0 et {Company.MaxBackdatingDays} jours.");
    }

    private static bool IsFrench(AddressInput? address) =>
        address is not null && (string.IsNullOrWhiteSpace(address.Country) || string.Equals(address.Country.Trim(), "FR", StringComparison.OrdinalIgnoreCase));

    private static string? Digits(string? value) => value?.Replace(" ", string.Empty, StringComparison.Ordinal);
}
