namespace Facturation.Domain.Invoicing;

/// <summary>Gross margin and markup from the lines' cost prices (seed 002); rates are null when undefined.</summary>
public sealed record InvoiceMargin(decimal CostTotal, decimal Amount, decimal? MarginRate, decimal? MarkupRate)
{
    public static InvoiceMargin Of(IEnumerable<InvoiceLine> lines)
    {
        var costed = lines.Where(l => l.Kind == LineKind.Item && l.CostPrice is not null).ToList();
        var net = costed.Sum(l => l.Net);
        var cost = Common.Money.Round(costed.Sum(l => l.Quantity * l.CostPrice!.Value));
        var margin = net - cost;
        return new InvoiceMargin(
            cost,
            margin,
            net == 0 ? null : decimal.Round(margin / net * 100m, 2),
            cost == 0 ? null : decimal.Round(margin / cost * 100m, 2));
    }
}
