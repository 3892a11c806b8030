using Facturation.Application.Common;
using Facturation.Domain.Companies;

namespace Facturation.Application.Companies;

/// <summary>The company settings form: legal identity, address and billing defaults, saved together.</summary>
public sealed class CompanySettingsInput
{
    public string? LegalName { get; set; }

    public string? LegalForm { get; set; }

    public decimal? ShareCapital { get; set; }

    public string? Siren { get; set; }

    public string? Siret { get; set; }

    public string? RcsCity { get; set; }

    public string? VatNumber { get; set; }

    public string? QuebecNeq { get; set; }

    public string? QuebecGstNumber { get; set; }

    public string? QuebecQstNumber { get; set; }

    public AddressInput Address { get; set; } = new();

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Iban { get; set; }

    public string? Bic { get; set; }

    /// <summary>E-invoicing address in the PPF directory (scheme 0225): the SIREN, or SIREN_suffix; empty means the SIREN.</summary>
    public string? ElectronicAddress { get; set; }

    /// <summary>"Option pour le paiement de la taxe d'après les débits".</summary>
    public bool VatOnDebits { get; set; }

    public int DefaultPaymentTermsDays { get; set; } = 30;

    /// <summary>Annual rate, in percent.</summary>
    public decimal LatePaymentPenaltyRate { get; set; } = 10m;

    public string? RecoveryIndemnityMention { get; set; } = Company.DefaultRecoveryIndemnityMention;

    public string? FooterMessage { get; set; }

    /// <summary>Print the document's author ("Établi par") on PDFs issued from now on (ADR-027).</summary>
    public bool PrintAuthorOnPdf { get; set; }

    public Currency Currency { get; set; } = Currency.EUR;

    public bool GlAccountRequiredOnLines { get; set; }

    /// <summary>IANA time zone whose date is the company's "today" (ADR-011).</summary>
    public string? TimeZoneId { get; set; } = Company.DefaultTimeZoneId;

    /// <summary>How many days before today an issued document may be dated.</summary>
    public int BackdatingDays { get; set; }

    public CompanyIdentity ToIdentity() => new(
        LegalName ?? string.Empty,
        LegalForm,
        ShareCapital,
        Compact(Siren),
        Compact(Siret),
        RcsCity,
        Compact(VatNumber)?.ToUpperInvariant(),
        QuebecNeq,
        QuebecGstNumber,
        QuebecQstNumber,
        Address.IsEmpty ? null : Address.ToAddress(),
        Email,
        Phone,
        BankAccountRules.Compact(Iban),
        BankAccountRules.Compact(Bic),
        string.IsNullOrWhiteSpace(ElectronicAddress) ? null : ElectronicAddress.Trim(),
        VatOnDebits);

    public BillingDefaults ToBillingDefaults() => new(
        DefaultPaymentTermsDays,
        LatePaymentPenaltyRate,
        RecoveryIndemnityMention,
        FooterMessage,
        Currency,
        GlAccountRequiredOnLines,
        PrintAuthorOnPdf);

    public static CompanySettingsInput From(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return new CompanySettingsInput
        {
            LegalName = company.LegalName,
            LegalForm = company.LegalForm,
            ShareCapital = company.ShareCapital,
            Siren = company.Siren,
            Siret = company.Siret,
            RcsCity = company.RcsCity,
            VatNumber = company.VatNumber,
            QuebecNeq = company.QuebecNeq,
            QuebecGstNumber = company.QuebecGstNumber,
            QuebecQstNumber = company.QuebecQstNumber,
            Address = company.Address.IsEmpty ? new AddressInput { Country = company.Address.Country } : AddressInput.From(company.Address),
            Email = company.Email,
            Phone = company.Phone,
            Iban = company.Iban is { } iban ? BankAccountRules.Format(iban) : null,
            Bic = company.Bic,
            ElectronicAddress = company.ElectronicAddress,
            VatOnDebits = company.VatOnDebits,
            DefaultPaymentTermsDays = company.DefaultPaymentTermsDays,
            LatePaymentPenaltyRate = company.LatePaymentPenaltyRate,
            RecoveryIndemnityMention = company.RecoveryIndemnityMention,
            FooterMessage = company.FooterMessage,
            PrintAuthorOnPdf = company.PrintAuthorOnPdf,
            Currency = company.Currency,
            GlAccountRequiredOnLines = company.GlAccountRequiredOnLines,
            TimeZoneId = company.TimeZoneId,
            BackdatingDays = company.BackdatingDays,
        };
    }

    private static string? Compact(string? digits) => digits?.Replace(" ", string.Empty, StringComparison.Ordinal);
}
