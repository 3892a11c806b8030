using System.Xml.Linq;
using static Facturation.Documents.EInvoicing.XmlOutput;

namespace Facturation.Documents.EInvoicing;

/// <summary>
/// OASIS UBL 2.1: an Invoice, or a CreditNote for credit note type codes, per the EN 16931 UBL binding
/// (CustomizationID urn:cen.eu:en16931:2017). Element order follows the UBL 2.1 XSDs.
/// </summary>
public static class UblSerializer
{
    private static readonly XNamespace InvoiceNs = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static readonly XNamespace CreditNoteNs = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    public static byte[] Serialize(EInvoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var credit = invoice.IsCreditNote;
        var ns = credit ? CreditNoteNs : InvoiceNs;
        var currency = invoice.Currency;
        var root = Element(
            ns + (credit ? "CreditNote" : "Invoice"),
            new XAttribute(XNamespace.Xmlns + "cac", Cac),
            new XAttribute(XNamespace.Xmlns + "cbc", Cbc),
            new XElement(Cbc + "CustomizationID", CiiSerializer.Guideline),
            new XElement(Cbc + "ProfileID", invoice.BusinessProcess),
            new XElement(Cbc + "ID", invoice.Number),
            new XElement(Cbc + "IssueDate", Iso(invoice.IssueDate)),
            !credit && invoice.DueDate is { } due ? new XElement(Cbc + "DueDate", Iso(due)) : null,
            new XElement(Cbc + (credit ? "CreditNoteTypeCode" : "InvoiceTypeCode"), invoice.TypeCode),
            invoice.Notes.Select(n => new XElement(Cbc + "Note", n.SubjectCode is { } code ? $"#{code}#{n.Content}" : n.Content)),
            new XElement(Cbc + "DocumentCurrencyCode", currency),
            InvoicePeriod(invoice),
            invoice.PurchaseOrderReference is { } order ? new XElement(Cac + "OrderReference", new XElement(Cbc + "ID", order)) : null,
            invoice.PrecedingInvoices.Select(r => new XElement(
                Cac + "BillingReference",
                new XElement(Cac + "InvoiceDocumentReference", new XElement(Cbc + "ID", r.Number), new XElement(Cbc + "IssueDate", Iso(r.IssueDate))))),
            new XElement(Cac + "AccountingSupplierParty", Party(invoice.Seller)),
            new XElement(Cac + "AccountingCustomerParty", Party(invoice.Buyer)),
            Delivery(invoice.Delivery),
            invoice.PaymentInstructions is { } payment
                ? Element(
                    Cac + "PaymentMeans",
                    new XElement(Cbc + "PaymentMeansCode", payment.MeansCode),
                    payment.Iban is { } iban
                        ? Element(Cac + "PayeeFinancialAccount", new XElement(Cbc + "ID", iban), payment.Bic is { } bic ? new XElement(Cac + "FinancialInstitutionBranch", new XElement(Cbc + "ID", bic)) : null)
                        : null)
                : null,
            invoice.PaymentTerms is { } terms ? new XElement(Cac + "PaymentTerms", new XElement(Cbc + "Note", terms)) : null,
            new XElement(
                Cac + "TaxTotal",
                Money(Cbc + "TaxAmount", invoice.Totals.Tax, currency),
                invoice.VatBreakdown.Select(row => new XElement(
                    Cac + "TaxSubtotal",
                    Money(Cbc + "TaxableAmount", row.TaxableAmount, currency),
                    Money(Cbc + "TaxAmount", row.TaxAmount, currency),
                    TaxCategory(Cac + "TaxCategory", row.Category, row.Rate, row.ExemptionReasonCode, row.ExemptionReason)))),
            new XElement(
                Cac + "LegalMonetaryTotal",
                Money(Cbc + "LineExtensionAmount", invoice.Totals.LineTotal, currency),
                Money(Cbc + "TaxExclusiveAmount", invoice.Totals.TaxExclusive, currency),
                Money(Cbc + "TaxInclusiveAmount", invoice.Totals.TaxInclusive, currency),
                Money(Cbc + "PrepaidAmount", invoice.Totals.Prepaid, currency),
                Money(Cbc + "PayableAmount", invoice.Totals.Payable, currency)),
            invoice.Lines.Select(l => Line(l, credit, currency)));
        return Bytes(new XDocument(new XDeclaration("1.0", "UTF-8", null), root));
    }

    private static XElement Money(XName name, decimal amount, string currency) => new(name, new XAttribute("currencyID", currency), Amount(amount));

    private static XElement? InvoicePeriod(EInvoice invoice) =>
        invoice.InvoicingPeriod is null && !invoice.VatOnDebits
            ? null
            : Element(
                Cac + "InvoicePeriod",
                invoice.InvoicingPeriod is { } start ? new XElement(Cbc + "StartDate", Iso(start.Start)) : null,
                invoice.InvoicingPeriod is { } end ? new XElement(Cbc + "EndDate", Iso(end.End)) : null,
                invoice.VatOnDebits ? new XElement(Cbc + "DescriptionCode", "3") : null);

    private static XElement TaxCategory(XName name, string category, decimal rate, string? reasonCode, string? reason) => Element(
        name,
        new XElement(Cbc + "ID", category),
        category == "O" ? null : new XElement(Cbc + "Percent", Rate(rate)),
        reasonCode is { } code ? new XElement(Cbc + "TaxExemptionReasonCode", code) : null,
        reason is { } text ? new XElement(Cbc + "TaxExemptionReason", text) : null,
        new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT")));

    private static XElement Party(EInvoiceParty party) => Element(
        Cac + "Party",
        party.ElectronicAddress is { } uri ? new XElement(Cbc + "EndpointID", new XAttribute("schemeID", party.ElectronicAddressScheme), uri) : null,
        party.Siret is { } siret ? new XElement(Cac + "PartyIdentification", new XElement(Cbc + "ID", new XAttribute("schemeID", "0009"), siret)) : null,
        Address(Cac + "PostalAddress", party.Address),
        party.VatId is { } vat ? new XElement(Cac + "PartyTaxScheme", new XElement(Cbc + "CompanyID", vat), new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT"))) : null,
        Element(Cac + "PartyLegalEntity", new XElement(Cbc + "RegistrationName", party.Name), party.Siren is { } siren ? new XElement(Cbc + "CompanyID", new XAttribute("schemeID", "0002"), siren) : null));

    private static XElement Address(XName name, EInvoiceAddress address) => Element(
        name,
        address.Line1 is { } line1 ? new XElement(Cbc + "StreetName", line1) : null,
        address.Line2 is { } line2 ? new XElement(Cbc + "AdditionalStreetName", line2) : null,
        address.City is { } city ? new XElement(Cbc + "CityName", city) : null,
        address.PostalCode is { } postcode ? new XElement(Cbc + "PostalZone", postcode) : null,
        new XElement(Cac + "Country", new XElement(Cbc + "IdentificationCode", address.CountryCode)));

    private static XElement? Delivery(EInvoiceDelivery? delivery) =>
        delivery is null
            ? null
            : Element(
                Cac + "Delivery",
                delivery.Date is { } date ? new XElement(Cbc + "ActualDeliveryDate", Iso(date)) : null,
                delivery.Address is { } address ? new XElement(Cac + "DeliveryLocation", Address(Cac + "Address", address)) : null,
                delivery.PartyName is { } name ? new XElement(Cac + "DeliveryParty", new XElement(Cac + "PartyName", new XElement(Cbc + "Name", name))) : null);

    private static XElement Line(EInvoiceLine line, bool credit, string currency) => Element(
        Cac + (credit ? "CreditNoteLine" : "InvoiceLine"),
        new XElement(Cbc + "ID", line.Id),
        line.Note is { } note ? new XElement(Cbc + "Note", note) : null,
        new XElement(Cbc + (credit ? "CreditedQuantity" : "InvoicedQuantity"), new XAttribute("unitCode", line.UnitCode), Quantity(line.Quantity)),
        Money(Cbc + "LineExtensionAmount", line.NetAmount, currency),
        line.Allowance is { } allowance
            ? new XElement(
                Cac + "AllowanceCharge",
                new XElement(Cbc + "ChargeIndicator", "false"),
                new XElement(Cbc + "AllowanceChargeReasonCode", "95"),
                new XElement(Cbc + "AllowanceChargeReason", allowance.Reason),
                new XElement(Cbc + "MultiplierFactorNumeric", Rate(allowance.Percent)),
                Money(Cbc + "Amount", allowance.Amount, currency),
                Money(Cbc + "BaseAmount", allowance.BaseAmount, currency))
            : null,
        new XElement(
            Cac + "Item",
            new XElement(Cbc + "Name", line.Name),
            TaxCategory(Cac + "ClassifiedTaxCategory", line.VatCategory, line.VatRate, null, null)),
        new XElement(Cac + "Price", Money(Cbc + "PriceAmount", line.NetPrice, currency)));
}
