namespace Facturation.Web.Tests.Settings;

/// <summary>A complete, valid company settings form; each test changes only what it is about.</summary>
internal sealed class SettingsForm
{
    private readonly Dictionary<string, string> _fields = new()
    {
        ["LegalName"] = "Atelier Lumière",
        ["LegalForm"] = "SARL",
        ["ShareCapital"] = "20 000",
        ["Siren"] = "884 123 456",
        ["Siret"] = "884 123 456 00011",
        ["RcsCity"] = "Lyon",
        ["VatNumber"] = "FR52884123456",
        ["QuebecNeq"] = string.Empty,
        ["QuebecGstNumber"] = string.Empty,
        ["QuebecQstNumber"] = string.Empty,
        ["Address.Line1"] = "12 rue de la République",
        ["Address.Line2"] = string.Empty,
        ["Address.PostalCode"] = "69002",
        ["Address.City"] = "Lyon",
        ["Address.Country"] = "FR",
        ["Email"] = "contact@atelier-lumiere.example",
        ["Phone"] = "04 72 00 00 00",
        ["Iban"] = "FR76 3000 6000 0112 3456 7890 189",
        ["Bic"] = "AGRIFRPP",
        ["DefaultPaymentTermsDays"] = "30",
        ["LatePaymentPenaltyRate"] = "12,5",
        ["RecoveryIndemnityMention"] = "Indemnité forfaitaire pour frais de recouvrement : 40 €.",
        ["FooterMessage"] = "Merci de votre confiance.",
        ["Currency"] = "EUR",
        ["GlAccountRequiredOnLines"] = "false",
        ["TimeZoneId"] = "Europe/Paris",
        ["BackdatingDays"] = "0",
    };

    public SettingsForm Set(string field, string value)
    {
        _fields[field] = value;
        return this;
    }

    public Dictionary<string, string> Fields => new(_fields);
}
