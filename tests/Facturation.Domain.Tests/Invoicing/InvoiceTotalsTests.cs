using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Tests.Invoicing;

public sealed class InvoiceTotalsTests
{
    [Fact]
    public void Totals_reference_invoice_gives_400_80_480()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).WithLine(3, 100m).Build();

        Assert.Equal((400m, 80m, 480m), (invoice.Totals.Net, invoice.Totals.Tax, invoice.Totals.Gross));
        var row = Assert.Single(invoice.Totals.Breakdown);
        Assert.Equal(("TVA20", 400m, 80m), (row.TaxCode, row.Base, row.Amount));
    }

    [Fact]
    public void Totals_several_rates_round_tax_on_the_sum_per_code_not_per_line()
    {
        // Per line, 0.33 × 20 % = 0.066 → 0.07, three times 0.21; on the sum 0.99 × 20 % = 0.198 → 0.20.
        var invoice = new InvoiceBuilder()
            .WithLine(1, 0.33m).WithLine(1, 0.33m).WithLine(1, 0.33m)
            .WithLine(1, 0.15m, InvoiceBuilder.Tva55).WithLine(1, 0.15m, InvoiceBuilder.Tva55)
            .WithLine(1, 10.05m, InvoiceBuilder.Tva10)
            .Build();

        var byCode = invoice.Totals.Breakdown.ToDictionary(r => r.TaxCode);
        Assert.Equal(0.20m, byCode["TVA20"].Amount);
        Assert.Equal(0.30m, byCode["TVA5.5"].Base);
        Assert.Equal(0.02m, byCode["TVA5.5"].Amount);
        Assert.Equal(1.01m, byCode["TVA10"].Amount);
        Assert.Equal(1.23m, invoice.Totals.Tax);
        Assert.Equal(11.34m + 1.23m, invoice.Totals.Gross);
    }

    [Fact]
    public void Totals_offered_line_contributes_nothing()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).WithLine(2, 50m, discountPercent: 100m).Build();

        Assert.True(invoice.Lines[1].IsOffered);
        Assert.Equal(0m, invoice.Lines[1].Net);
        Assert.Equal(120m, invoice.Totals.Gross);
    }

    [Fact]
    public void Totals_option_line_with_quantity_zero_contributes_nothing()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).WithLine(0, 500m).Build();

        Assert.True(invoice.Lines[1].IsOption);
        Assert.Equal(120m, invoice.Totals.Gross);
    }

    [Fact]
    public void Net_ten_percent_discount_on_99_99_is_89_99()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 99.99m, discountPercent: 10m).Build();

        Assert.Equal(89.99m, invoice.Lines[0].Net);
    }

    [Fact]
    public void Net_half_cent_rounds_away_from_zero()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 0.125m).Build();

        Assert.Equal(0.13m, invoice.Lines[0].Net);
    }

    [Fact]
    public void Totals_quebec_code_gives_one_row_per_component()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m, InvoiceBuilder.Quebec).Build();

        Assert.Equal([("TPS", 5.00m), ("TVQ", 9.98m)], invoice.Totals.Breakdown.Select(r => (r.Component, r.Amount)));
        Assert.Equal(14.98m, invoice.Totals.Tax);
        Assert.Equal(114.98m, invoice.Totals.Gross);
    }

    [Fact]
    public void Margin_from_cost_prices_gives_margin_and_markup_rates()
    {
        var invoice = new InvoiceBuilder().WithLine(2, 100m, costPrice: 60m).WithLine(1, 50m).Build();

        Assert.Equal(new InvoiceMargin(120m, 80m, 40m, 66.67m, 200m), invoice.Margin);
    }

    [Fact]
    public void Margin_without_cost_prices_has_no_rates()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).Build();

        Assert.Null(invoice.Margin.MarginRate);
        Assert.Null(invoice.Margin.MarkupRate);
    }
}
