namespace Facturation.Domain.Invoicing;

/// <summary>
/// Gross margin and markup from the lines' cost prices (seed 002); rates are null when undefined.
/// <see cref="CostedNet"/> is the net of the lines that carry a cost price (the margin's base).
/// </summary>
public sealed record InvoiceMargin(decimal CostTotal, decimal Amount, decimal? MarginRate, decimal? MarkupRate, decimal CostedNet = 0)
{
    public static InvoiceMargin Of(IEnumerable<InvoiceLine> lines)
    {
        var costed = lines.Where(l => l.Kind == LineKind.Item && l.CostPrice is not null).ToList();
        var net = costed.Sum(l => l.Net);
        var cost = Common.Money.Round(costed.Sum(l => l.Quantity * l.CostPrice!.Value));
        return FromStored(net, cost);
    }

    /// <summary>The same figures from the two amounts stored on the document (the list never reads lines).</summary>
    public static InvoiceMargin FromStored(decimal costedNet, decimal costTotal)
    {
        var margin = costedNet - costTotal;
        return new InvoiceMargin(
            costTotal,
            margin,
            costedNet == 0 ? null : decimal.Round(margin / costedNet * 100m, 2),
            costTotal == 0 ? null : decimal.Round(margin / costTotal * 100m, 2),
            costedNet);
    }
}
