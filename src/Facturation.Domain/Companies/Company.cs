using Facturation.Domain.Common;

namespace Facturation.Domain.Companies;

/// <summary>
/// The one company that issues the documents: its legal identity goes on every PDF (French mandatory
/// mentions: legal form, share capital, SIREN, RCS, VAT number) and its defaults drive new documents.
/// </summary>
public sealed partial class Company
{
    public const string DefaultRecoveryIndemnityMention =
        "En cas de retard de paiement, une indemnité forfaitaire pour frais de recouvrement de 40 € sera exigée (art. L441-10 du Code de commerce).";

    private Company()
    {
    }

    public Company(string legalName)
    {
        LegalName = Require.Text(legalName, nameof(LegalName), "La raison sociale", 200);
    }

    public int Id { get; private set; }

    public string LegalName { get; private set; } = string.Empty;

    public string? LegalForm { get; private set; }

    public decimal? ShareCapital { get; private set; }

    public string? Siren { get; private set; }

    public string? Siret { get; private set; }

    public string? RcsCity { get; private set; }

    public string? VatNumber { get; private set; }

    public string? QuebecNeq { get; private set; }

    public string? QuebecGstNumber { get; private set; }

    public string? QuebecQstNumber { get; private set; }

    public PostalAddress Address { get; private set; } = PostalAddress.Empty;

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The e-invoicing address in the PPF directory (scheme 0225, BT-34), usually the SIREN or SIREN_suffix.</summary>
    public string? ElectronicAddress { get; private set; }

    /// <summary>"Option pour le paiement de la taxe d'après les débits" (BT-8 = 5 in CII, 3 in UBL).</summary>
    public bool VatOnDebits { get; private set; }

    public string? Iban { get; private set; }

    public string? Bic { get; private set; }

    public byte[]? Logo { get; private set; }

    public string? LogoContentType { get; private set; }

    public int DefaultPaymentTermsDays { get; private set; } = 30;

    /// <summary>Annual late-payment penalty rate, in percent.</summary>
    public decimal LatePaymentPenaltyRate { get; private set; } = 10m;

    public string? RecoveryIndemnityMention { get; private set; } = DefaultRecoveryIndemnityMention;

    public string? FooterMessage { get; private set; }

    /// <summary>Print "Établi par" with the document's author (seed 001); applies to documents issued afterwards, archives never change.</summary>
    public bool PrintAuthorOnPdf { get; private set; }

    public Currency Currency { get; private set; } = Currency.EUR;

    public bool GlAccountRequiredOnLines { get; private set; }

    public void UpdateIdentity(CompanyIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        LegalName = Require.Text(identity.LegalName, nameof(LegalName), "La raison sociale", 200);
        LegalForm = Require.OptionalText(identity.LegalForm, nameof(LegalForm), "La forme juridique", 100);
        ShareCapital = identity.ShareCapital is { } capital ? Require.NonNegative(capital, nameof(ShareCapital), "Le capital") : null;
        Siren = Require.OptionalText(identity.Siren, nameof(Siren), "Le SIREN", 9);
        Siret = Require.OptionalText(identity.Siret, nameof(Siret), "Le SIRET", 14);
        RcsCity = Require.OptionalText(identity.RcsCity, nameof(RcsCity), "La ville du RCS", 100);
        VatNumber = Require.OptionalText(identity.VatNumber, nameof(VatNumber), "Le numéro de TVA", 20);
        QuebecNeq = Require.OptionalText(identity.QuebecNeq, nameof(QuebecNeq), "Le NEQ", 20);
        QuebecGstNumber = Require.OptionalText(identity.QuebecGstNumber, nameof(QuebecGstNumber), "Le numéro de TPS", 30);
        QuebecQstNumber = Require.OptionalText(identity.QuebecQstNumber, nameof(QuebecQstNumber), "Le numéro de TVQ", 30);
        Address = identity.Address ?? PostalAddress.Empty;
        Email = Require.OptionalText(identity.Email, nameof(Email), "L'e-mail", 200);
        Phone = Require.OptionalText(identity.Phone, nameof(Phone), "Le téléphone", 50);
        Iban = Require.OptionalText(identity.Iban?.Replace(" ", string.Empty, StringComparison.Ordinal), nameof(Iban), "L'IBAN", 34);
        Bic = Require.OptionalText(identity.Bic, nameof(Bic), "Le BIC", 11);
        ElectronicAddress = Require.OptionalText(identity.ElectronicAddress?.Trim(), nameof(ElectronicAddress), "L'adresse électronique", 125);
        VatOnDebits = identity.VatOnDebits;
    }

    public void UpdateBillingDefaults(BillingDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (defaults.PaymentTermsDays is < 0 or > 365)
        {
            throw new DomainException("company.payment_terms", "Le délai de paiement doit être compris entre 0 et 365 jours.", nameof(DefaultPaymentTermsDays));
        }

        DefaultPaymentTermsDays = defaults.PaymentTermsDays;
        LatePaymentPenaltyRate = Require.Percentage(defaults.LatePaymentPenaltyRate, nameof(LatePaymentPenaltyRate), "Le taux de pénalité");
        RecoveryIndemnityMention = Require.OptionalText(defaults.RecoveryIndemnityMention, nameof(RecoveryIndemnityMention), "La mention d'indemnité", 500);
        FooterMessage = Require.OptionalText(defaults.FooterMessage, nameof(FooterMessage), "Le message de pied de page", 1000);
        Currency = defaults.Currency;
        GlAccountRequiredOnLines = defaults.GlAccountRequiredOnLines;
        PrintAuthorOnPdf = defaults.PrintAuthorOnPdf;
    }

    public void ReplaceLogo(byte[] content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxLogoBytes)
        {
            throw new DomainException("company.logo_too_large", "Le logo ne doit pas dépasser 1 Mo.", nameof(Logo));
        }

        if (contentType is not ("image/png" or "image/jpeg"))
        {
            throw new DomainException("company.logo_format", "Le logo doit être une image PNG ou JPEG.", nameof(Logo));
        }

        (Logo, LogoContentType) = (content, contentType);
    }

    public void RemoveLogo() => (Logo, LogoContentType) = (null, null);

    public const int MaxLogoBytes = 1024 * 1024;
}
