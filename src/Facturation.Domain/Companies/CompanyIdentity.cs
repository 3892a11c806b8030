using Facturation.Domain.Common;

namespace Facturation.Domain.Companies;

/// <summary>The legal identity part of the company settings, replaced as a whole.</summary>
public sealed record CompanyIdentity(
    string LegalName,
    string? LegalForm,
    decimal? ShareCapital,
    string? Siren,
    string? Siret,
    string? RcsCity,
    string? VatNumber,
    string? QuebecNeq,
    string? QuebecGstNumber,
    string? QuebecQstNumber,
    PostalAddress? Address,
    string? Email,
    string? Phone,
    string? Iban,
    string? Bic,
    string? ElectronicAddress = null,
    bool VatOnDebits = false);
