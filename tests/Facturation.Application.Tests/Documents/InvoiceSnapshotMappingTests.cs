using Facturation.Application.Documents;
using Facturation.Documents;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Taxes;

namespace Facturation.Application.Tests.Documents;

/// <summary>What the aggregate, company and customer put on the document (pure mapping, no database).</summary>
public sealed class InvoiceSnapshotMappingTests
{
    private static readonly Actor Biller = new("user-1", "Alice Biller");
    private static readonly LineTax Tva20 = new(1, "TVA20", [new TaxComponent("TVA", 20m)], null);
    private static readonly LineTax Exempt = new(2, "EXO", [new TaxComponent("TVA", 0m)], "TVA non applicable, art. 293 B du CGI");

    private static Company Company()
    {
        var company = new Company("Atelier Éole");
        company.UpdateIdentity(new CompanyIdentity("Atelier Éole", "SARL", 10000m, "123456789", null, "Lyon", "FR40123456789", null, null, null,
            new PostalAddress("12 rue de la Forêt", null, "69003", "Lyon", "FR"), null, null, "FR7630006000011234567890189", "AGRIFRPP"));
        return company;
    }

    private static Customer Customer() =>
        new(new CustomerProfile("CU1", "Pâtisserie Dupont", CustomerKind.Company, "552120222", "FR17552120222", null, null, null,
            new PostalAddress("3 place Bellecour", null, "69002", "Lyon", "FR"), null, null, 0, null), []);

    private static Invoice Draft(InvoiceKind kind = InvoiceKind.Invoice, InvoiceType type = InvoiceType.Standard, LineTax? tax = null) =>
        Invoice.CreateDraft(kind, type, new InvoiceHeader(1, PaymentTermsDays: 30), [LineDetails.Item("Conseil", 1, 100m, tax ?? Tva20), LineDetails.Item("Conseil", 3, 100m, tax ?? Tva20)], "PF2611-0001", Biller, DateTime.UtcNow);

    [Theory]
    [InlineData(InvoiceKind.Invoice, InvoiceType.Standard, DocumentTitle.Invoice)]
    [InlineData(InvoiceKind.Invoice, InvoiceType.Deposit, DocumentTitle.DepositInvoice)]
    [InlineData(InvoiceKind.Invoice, InvoiceType.Situation, DocumentTitle.SituationInvoice)]
    [InlineData(InvoiceKind.Invoice, InvoiceType.FinalBalance, DocumentTitle.FinalBalanceInvoice)]
    [InlineData(InvoiceKind.Invoice, InvoiceType.Replacement, DocumentTitle.ReplacementInvoice)]
    [InlineData(InvoiceKind.Invoice, InvoiceType.Penalty, DocumentTitle.PenaltyInvoice)]
    [InlineData(InvoiceKind.CreditNote, InvoiceType.Corrective, DocumentTitle.CreditNote)]
    [InlineData(InvoiceKind.CreditNote, InvoiceType.Cancellation, DocumentTitle.CreditNote)]
    public void TitleOf_follows_kind_and_type(InvoiceKind kind, InvoiceType type, DocumentTitle expected) =>
        Assert.Equal(expected, InvoiceSnapshotMapping.TitleOf(kind, type));

    [Fact]
    public void ToSnapshot_invoice_draft_is_a_proforma_with_its_pf_number_and_reference_totals()
    {
        var snapshot = InvoiceSnapshotMapping.ToSnapshot(Draft(), Company(), Customer(), null);

        Assert.Equal(("PF2611-0001", true, "PROFORMA"), (snapshot.Number, snapshot.IsProforma, snapshot.Watermark));
        Assert.Equal(new DocumentTotals(400m, 80m, 480m), snapshot.Totals);
        Assert.Equal(["3 place Bellecour", "69002 Lyon"], snapshot.Customer.BillingAddressLines);
        Assert.Equal(("552120222", "FR17552120222"), (snapshot.Customer.Siren, snapshot.Customer.VatNumber));
        Assert.Equal("30 jours", snapshot.PaymentTerms);
    }

    [Fact]
    public void ToSnapshot_credit_note_draft_says_brouillon_and_names_the_corrected_invoice()
    {
        var snapshot = InvoiceSnapshotMapping.ToSnapshot(Draft(InvoiceKind.CreditNote, InvoiceType.Corrective), Company(), Customer(), "FA2611-0042");

        Assert.Equal("BROUILLON", snapshot.Watermark);
        Assert.Equal("FA2611-0042", snapshot.CorrectedInvoiceNumber);
        Assert.Empty(snapshot.Mentions);
    }

    [Fact]
    public void ToSnapshot_invoice_carries_legal_mentions_penalties_and_indemnity()
    {
        var snapshot = InvoiceSnapshotMapping.ToSnapshot(Draft(), Company(), Customer(), "ignored for invoices");

        Assert.Null(snapshot.CorrectedInvoiceNumber);
        Assert.Equal("Atelier Éole, SARL au capital de 10 000 € · SIREN 123456789 · RCS Lyon 123456789 · N° TVA FR40123456789", Assert.Single(snapshot.Issuer.LegalMentions));
        Assert.Contains(snapshot.Mentions, m => m.StartsWith("Pénalités de retard : 10 % par an", StringComparison.Ordinal));
        Assert.Contains(Facturation.Domain.Companies.Company.DefaultRecoveryIndemnityMention, snapshot.Mentions);
        Assert.Equal("FR7630006000011234567890189", snapshot.Issuer.Iban);
    }

    [Fact]
    public void ToSnapshot_zero_rate_carries_its_exemption_mention()
    {
        var snapshot = InvoiceSnapshotMapping.ToSnapshot(Draft(tax: Exempt), Company(), Customer(), null);

        Assert.Equal("TVA non applicable, art. 293 B du CGI", Assert.Single(snapshot.TaxBreakdown).ExemptionMention);
    }

    [Fact]
    public void ToSnapshot_with_payments_shows_amount_paid_and_due()
    {
        var snapshot = InvoiceSnapshotMapping.ToSnapshot(Draft(), Company(), Customer(), null, amountPaid: 144m);

        Assert.Equal(new DocumentTotals(400m, 80m, 480m, 144m, 336m), snapshot.Totals);
    }
}
