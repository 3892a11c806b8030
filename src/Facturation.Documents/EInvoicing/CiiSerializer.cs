using System.Xml.Linq;
using static Facturation.Documents.EInvoicing.XmlOutput;

namespace Facturation.Documents.EInvoicing;

/// <summary>
/// UN/CEFACT CII D16B as restricted by the Factur-X 1.09 EN 16931 profile (guideline urn:cen.eu:en16931:2017):
/// the XML embedded in the Factur-X PDF and served by /cii. Element order follows the profile's XSD.
/// </summary>
public static class CiiSerializer
{
    public const string Guideline = "urn:cen.eu:en16931:2017";

    private static readonly XNamespace Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    private static readonly XNamespace Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    private static readonly XNamespace Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    public static byte[] Serialize(EInvoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var root = new XElement(
            Rsm + "CrossIndustryInvoice",
            new XAttribute(XNamespace.Xmlns + "rsm", Rsm),
            new XAttribute(XNamespace.Xmlns + "qdt", Qdt),
            new XAttribute(XNamespace.Xmlns + "ram", Ram),
            new XAttribute(XNamespace.Xmlns + "udt", Udt),
            new XElement(
                Rsm + "ExchangedDocumentContext",
                new XElement(Ram + "BusinessProcessSpecifiedDocumentContextParameter", new XElement(Ram + "ID", invoice.BusinessProcess)),
                new XElement(Ram + "GuidelineSpecifiedDocumentContextParameter", new XElement(Ram + "ID", Guideline))),
            new XElement(
                Rsm + "ExchangedDocument",
                new XElement(Ram + "ID", invoice.Number),
                new XElement(Ram + "TypeCode", invoice.TypeCode),
                DateTime(Ram + "IssueDateTime", invoice.IssueDate),
                invoice.Notes.Select(n => Element(Ram + "IncludedNote", new XElement(Ram + "Content", n.Content), n.SubjectCode is { } code ? new XElement(Ram + "SubjectCode", code) : null))),
            new XElement(
                Rsm + "SupplyChainTradeTransaction",
                invoice.Lines.Select(Line),
                Agreement(invoice),
                Delivery(invoice),
                Settlement(invoice)));
        return Bytes(new XDocument(new XDeclaration("1.0", "UTF-8", null), root));
    }

    private static XElement DateTime(XName name, DateOnly date) =>
        new(name, new XElement(Udt + "DateTimeString", new XAttribute("format", "102"), Compact(date)));

    private static XElement Line(EInvoiceLine line) => new(
        Ram + "IncludedSupplyChainTradeLineItem",
        Element(Ram + "AssociatedDocumentLineDocument", new XElement(Ram + "LineID", line.Id), line.Note is { } note ? new XElement(Ram + "IncludedNote", new XElement(Ram + "Content", note)) : null),
        new XElement(Ram + "SpecifiedTradeProduct", new XElement(Ram + "Name", line.Name)),
        new XElement(Ram + "SpecifiedLineTradeAgreement", new XElement(Ram + "NetPriceProductTradePrice", new XElement(Ram + "ChargeAmount", Price(line.NetPrice)))),
        new XElement(Ram + "SpecifiedLineTradeDelivery", new XElement(Ram + "BilledQuantity", new XAttribute("unitCode", line.UnitCode), Quantity(line.Quantity))),
        Element(
            Ram + "SpecifiedLineTradeSettlement",
            new XElement(Ram + "ApplicableTradeTax", new XElement(Ram + "TypeCode", "VAT"), new XElement(Ram + "CategoryCode", line.VatCategory), line.VatCategory == "O" ? null : new XElement(Ram + "RateApplicablePercent", Rate(line.VatRate))),
            line.Allowance is { } allowance
                ? new XElement(
                    Ram + "SpecifiedTradeAllowanceCharge",
                    new XElement(Ram + "ChargeIndicator", new XElement(Udt + "Indicator", "false")),
                    new XElement(Ram + "CalculationPercent", Rate(allowance.Percent)),
                    new XElement(Ram + "BasisAmount", Amount(allowance.BaseAmount)),
                    new XElement(Ram + "ActualAmount", Amount(allowance.Amount)),
                    new XElement(Ram + "ReasonCode", "95"),
                    new XElement(Ram + "Reason", allowance.Reason))
                : null,
            new XElement(Ram + "SpecifiedTradeSettlementLineMonetarySummation", new XElement(Ram + "LineTotalAmount", Amount(line.NetAmount)))));

    private static XElement Agreement(EInvoice invoice) => Element(
        Ram + "ApplicableHeaderTradeAgreement",
        Party(Ram + "SellerTradeParty", invoice.Seller),
        Party(Ram + "BuyerTradeParty", invoice.Buyer),
        invoice.PurchaseOrderReference is { } order ? new XElement(Ram + "BuyerOrderReferencedDocument", new XElement(Ram + "IssuerAssignedID", order)) : null);

    private static XElement Party(XName name, EInvoiceParty party) => Element(
        name,
        party.Siret is { } siret ? new XElement(Ram + "GlobalID", new XAttribute("schemeID", "0009"), siret) : null,
        new XElement(Ram + "Name", party.Name),
        party.Siren is { } siren ? new XElement(Ram + "SpecifiedLegalOrganization", new XElement(Ram + "ID", new XAttribute("schemeID", "0002"), siren)) : null,
        Address(Ram + "PostalTradeAddress", party.Address),
        party.ElectronicAddress is { } uri ? new XElement(Ram + "URIUniversalCommunication", new XElement(Ram + "URIID", new XAttribute("schemeID", party.ElectronicAddressScheme), uri)) : null,
        party.VatId is { } vat ? new XElement(Ram + "SpecifiedTaxRegistration", new XElement(Ram + "ID", new XAttribute("schemeID", "VA"), vat)) : null);

    private static XElement Address(XName name, EInvoiceAddress address) => Element(
        name,
        address.PostalCode is { } postcode ? new XElement(Ram + "PostcodeCode", postcode) : null,
        address.Line1 is { } line1 ? new XElement(Ram + "LineOne", line1) : null,
        address.Line2 is { } line2 ? new XElement(Ram + "LineTwo", line2) : null,
        address.City is { } city ? new XElement(Ram + "CityName", city) : null,
        new XElement(Ram + "CountryID", address.CountryCode));

    private static XElement Delivery(EInvoice invoice) => Element(
        Ram + "ApplicableHeaderTradeDelivery",
        invoice.Delivery is { Address: { } address } delivery
            ? Element(Ram + "ShipToTradeParty", delivery.PartyName is { } shipTo ? new XElement(Ram + "Name", shipTo) : null, Address(Ram + "PostalTradeAddress", address))
            : null,
        invoice.Delivery is { Date: { } date } ? new XElement(Ram + "ActualDeliverySupplyChainEvent", DateTime(Ram + "OccurrenceDateTime", date)) : null);

    private static XElement Settlement(EInvoice invoice)
    {
        var totals = invoice.Totals;
        return Element(
            Ram + "ApplicableHeaderTradeSettlement",
            new XElement(Ram + "InvoiceCurrencyCode", invoice.Currency),
            invoice.PaymentInstructions is { } payment
                ? Element(
                    Ram + "SpecifiedTradeSettlementPaymentMeans",
                    new XElement(Ram + "TypeCode", payment.MeansCode),
                    payment.Iban is { } iban ? new XElement(Ram + "PayeePartyCreditorFinancialAccount", new XElement(Ram + "IBANID", iban)) : null,
                    payment.Bic is { } bic ? new XElement(Ram + "PayeeSpecifiedCreditorFinancialInstitution", new XElement(Ram + "BICID", bic)) : null)
                : null,
            invoice.VatBreakdown.Select(row => Element(
                Ram + "ApplicableTradeTax",
                new XElement(Ram + "CalculatedAmount", Amount(row.TaxAmount)),
                new XElement(Ram + "TypeCode", "VAT"),
                row.ExemptionReason is { } reason ? new XElement(Ram + "ExemptionReason", reason) : null,
                new XElement(Ram + "BasisAmount", Amount(row.TaxableAmount)),
                new XElement(Ram + "CategoryCode", row.Category),
                row.ExemptionReasonCode is { } code ? new XElement(Ram + "ExemptionReasonCode", code) : null,
                invoice.VatOnDebits ? new XElement(Ram + "DueDateTypeCode", "5") : null,
                row.Category == "O" ? null : new XElement(Ram + "RateApplicablePercent", Rate(row.Rate)))),
            invoice.InvoicingPeriod is { } period
                ? new XElement(Ram + "BillingSpecifiedPeriod", DateTime(Ram + "StartDateTime", period.Start), DateTime(Ram + "EndDateTime", period.End))
                : null,
            invoice.PaymentTerms is not null || invoice.DueDate is not null
                ? Element(
                    Ram + "SpecifiedTradePaymentTerms",
                    invoice.PaymentTerms is { } terms ? new XElement(Ram + "Description", terms) : null,
                    invoice.DueDate is { } due ? DateTime(Ram + "DueDateDateTime", due) : null)
                : null,
            new XElement(
                Ram + "SpecifiedTradeSettlementHeaderMonetarySummation",
                new XElement(Ram + "LineTotalAmount", Amount(totals.LineTotal)),
                new XElement(Ram + "TaxBasisTotalAmount", Amount(totals.TaxExclusive)),
                new XElement(Ram + "TaxTotalAmount", new XAttribute("currencyID", invoice.Currency), Amount(totals.Tax)),
                new XElement(Ram + "GrandTotalAmount", Amount(totals.TaxInclusive)),
                new XElement(Ram + "TotalPrepaidAmount", Amount(totals.Prepaid)),
                new XElement(Ram + "DuePayableAmount", Amount(totals.Payable))),
            invoice.PrecedingInvoices.Select(r => new XElement(
                Ram + "InvoiceReferencedDocument",
                new XElement(Ram + "IssuerAssignedID", r.Number),
                new XElement(Ram + "FormattedIssueDateTime", new XElement(Qdt + "DateTimeString", new XAttribute("format", "102"), Compact(r.IssueDate))))));
    }
}
