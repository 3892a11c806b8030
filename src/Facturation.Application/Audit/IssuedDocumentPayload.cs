using System.Text.Json.Nodes;
using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Audit;

/// <summary>
/// The payload of <c>invoice.issued</c>, built from the document's rows and the hash of what froze its print: the
/// issued snapshot since ADR-025 (<c>snapshotSha256</c>; the PDF, rendered after the commit, is chained by
/// <c>invoice.archived</c>), the archived PDF before it (<c>pdfSha256</c>). The same function runs at issue and in
/// <c>audit verify</c>, so any later change to a legal column, a line or the frozen print shows up as a field that differs.
/// </summary>
public static class IssuedDocumentPayload
{
    public static JsonObject Build(Invoice invoice, JsonObject customer, string? originNumber, FrozenPrint print)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(print);
        var lines = invoice.Lines.OrderBy(l => l.Position).ToList();
        var totals = InvoiceTotals.Of(lines);
        return new JsonObject
        {
            ["v"] = AuditJournal.PayloadVersion,
            ["invoiceId"] = invoice.Id,
            ["number"] = invoice.Number,
            ["kind"] = invoice.Kind.ToString(),
            ["type"] = invoice.Type.ToString(),
            ["seriesId"] = invoice.SeriesId,
            ["issueDate"] = CanonicalJson.Date(invoice.IssueDate),
            ["dueDate"] = CanonicalJson.Date(invoice.DueDate),
            ["deliveryDate"] = CanonicalJson.Date(invoice.DeliveryDate),
            ["deliveryPeriodEnd"] = CanonicalJson.Date(invoice.DeliveryPeriodEnd),
            ["currency"] = invoice.Currency.ToString(),
            ["customerReference"] = invoice.CustomerReference,
            ["customer"] = customer,
            ["origin"] = invoice.OriginInvoiceId is { } originId ? new JsonObject { ["invoiceId"] = originId, ["number"] = originNumber } : null,
            ["lines"] = new JsonObject { ["count"] = lines.Count, ["sha256"] = CanonicalJson.Sha256(CanonicalJson.Serialize(LinesOf(lines))) },
            ["totals"] = new JsonObject
            {
                ["net"] = CanonicalJson.Amount(invoice.TotalNet),
                ["tax"] = CanonicalJson.Amount(invoice.TotalTax),
                ["gross"] = CanonicalJson.Amount(invoice.TotalGross),
            },
            ["taxes"] = new JsonArray([.. totals.Breakdown.Select(r => (JsonNode)new JsonObject
            {
                ["code"] = r.TaxCode,
                ["component"] = r.Component,
                ["rate"] = CanonicalJson.Amount(r.Rate),
                ["base"] = CanonicalJson.Amount(r.Base),
                ["amount"] = CanonicalJson.Amount(r.Amount),
            })]),
            [print.Member] = print.Sha256,
        };
    }

    /// <summary>The customer's identity as printed on the document at issue.</summary>
    public static JsonObject CustomerIdentity(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new JsonObject
        {
            ["id"] = customer.Id,
            ["code"] = customer.Code,
            ["name"] = customer.Name,
            ["kind"] = customer.Kind.ToString(),
            ["siren"] = customer.Siren,
            ["vatNumber"] = customer.VatNumber,
            ["quebecTaxRegistration"] = customer.QuebecTaxRegistration,
            ["address"] = AuditPayloads.Address(customer.BillingAddress),
        };
    }

    private static JsonArray LinesOf(List<InvoiceLine> lines) =>
        new([.. lines.Select(l => (JsonNode)new JsonObject
        {
            ["position"] = l.Position,
            ["kind"] = l.Kind.ToString(),
            ["description"] = l.Description,
            ["quantity"] = CanonicalJson.Amount(l.Quantity),
            ["unit"] = l.Unit,
            ["unitPrice"] = CanonicalJson.Amount(l.UnitPrice),
            ["discountPercent"] = CanonicalJson.Amount(l.DiscountPercent),
            ["tax"] = l.Tax is { } tax
                ? new JsonObject
                {
                    ["code"] = tax.Code,
                    ["components"] = new JsonArray([.. tax.Components.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["rate"] = CanonicalJson.Amount(c.Rate) })]),
                    ["exemptionMention"] = tax.ExemptionMention,
                }
                : null,
            ["glAccountNumber"] = l.GlAccountNumber,
            ["productId"] = l.ProductId,
            ["previousPercent"] = CanonicalJson.Amount(l.PreviousPercent),
            ["cumulativePercent"] = CanonicalJson.Amount(l.CumulativePercent),
            ["deductedInvoiceId"] = l.DeductedInvoiceId,
        })]);
}
