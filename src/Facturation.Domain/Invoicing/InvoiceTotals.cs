using Facturation.Domain.Common;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// Totals per EN 16931 (BR-CO-*): the tax of each code's component is computed on the SUM of the line nets
/// of that code and rounded once, never line by line.
/// </summary>
public sealed record InvoiceTotals(decimal Net, decimal Tax, decimal Gross, IReadOnlyList<TaxBreakdownRow> Breakdown)
{
    public static InvoiceTotals Of(IEnumerable<InvoiceLine> lines)
    {
        var items = lines.Where(l => l.Kind == LineKind.Item).ToList();
        var breakdown = items
            .Where(l => l.Tax is not null)
            .GroupBy(l => l.Tax!.Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(group =>
            {
                var tax = group.First().Tax!;
                var taxBase = group.Sum(l => l.Net);
                return tax.Components.Select(c => new TaxBreakdownRow(tax.Code, c.Name, c.Rate, taxBase, Money.Round(taxBase * c.Rate / 100m), tax.ExemptionMention));
            })
            .ToList();
        var net = items.Sum(l => l.Net);
        var taxTotal = breakdown.Sum(r => r.Amount);
        return new InvoiceTotals(net, taxTotal, net + taxTotal, breakdown);
    }
}
