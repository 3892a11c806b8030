using Facturation.Domain.Common;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Tests.Invoicing;

namespace Facturation.Domain.Tests.Dossiers;

public sealed class DossierRulesTests
{
    private static Dossier NewDossier() =>
        Dossier.Create("DO2611-0001", InvoiceBuilder.Today, new DossierHeader(7, "Atelier", "BC-1", null),
            [LineDetails.Item("Pose", 1, 100, InvoiceBuilder.Tva20), LineDetails.Item("Fourniture", 3, 100, InvoiceBuilder.Tva20)], InvoiceBuilder.Now);

    [Fact]
    public void Totals_of_the_reference_dossier_are_400_80_480()
    {
        var totals = NewDossier().Totals;

        Assert.Equal((400m, 80m, 480m), (totals.Net, totals.Tax, totals.Gross));
    }

    [Fact]
    public void Accept_records_date_and_reference_and_freezes_the_lines()
    {
        var dossier = NewDossier();

        dossier.Accept(InvoiceBuilder.Today, "Devis signé");

        Assert.Equal((DossierStatus.Accepted, "Devis signé"), (dossier.Status, dossier.AcceptanceReference));
        var refused = Assert.Throws<DomainException>(() => dossier.Update(new DossierHeader(7, "Autre", null, null), [LineDetails.Item("X", 1, 1, InvoiceBuilder.Tva20)]));
        Assert.Equal(DomainErrorKind.Conflict, refused.Kind);
    }

    [Fact]
    public void Deposit_on_an_open_dossier_is_a_conflict_naming_the_status()
    {
        var billing = new DossierBilling(NewDossier(), []);

        var refused = Assert.Throws<DomainException>(() => billing.DepositLines(30, null, DepositMode.Summary));

        Assert.Equal(("dossier.not_accepted", DomainErrorKind.Conflict), (refused.Code, refused.Kind));
        Assert.Contains("ouvert", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deposit_of_30_percent_is_120_net_on_one_summary_line()
    {
        var dossier = NewDossier();
        dossier.Accept(InvoiceBuilder.Today, "OK");

        var lines = new DossierBilling(dossier, []).DepositLines(30, null, DepositMode.Summary);

        var line = Assert.Single(lines);
        Assert.Equal((120m, "TVA20"), (line.UnitPrice, line.Tax!.Code));
        Assert.StartsWith("Acompte de 30 % sur devis n° DO2611-0001 du 23/11/2026", line.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Deposit_beyond_the_total_is_a_conflict()
    {
        var dossier = NewDossier();
        dossier.Accept(InvoiceBuilder.Today, "OK");

        var refused = Assert.Throws<DomainException>(() => new DossierBilling(dossier, []).DepositLines(null, 400.01m, DepositMode.Summary));

        Assert.Equal("deposit.exceeds_total", refused.Code);
    }

    [Theory]
    [InlineData(0, 30, 30)]
    [InlineData(30, 70, 40)]
    [InlineData(70, 100, 30)]
    public void Progress_line_bills_the_difference_of_rounded_cumulative_amounts(decimal previous, decimal cumulative, decimal expected)
    {
        var invoice = new InvoiceBuilder().WithLine(LineDetails.Item("Travaux", 1, 100, InvoiceBuilder.Tva20) with { PreviousPercent = previous, CumulativePercent = cumulative }).Build();

        Assert.Equal(expected, invoice.Lines[0].Net);
        Assert.Equal(cumulative - previous, invoice.Lines[0].CurrentPercent);
    }

    [Fact]
    public void Progress_of_a_third_three_times_adds_up_to_the_line_amount()
    {
        var thirds = new[] { (0m, 33.3333m), (33.3333m, 66.6667m), (66.6667m, 100m) };

        var nets = thirds.Select(t => new InvoiceBuilder().WithLine(LineDetails.Item("Travaux", 3, 33.33m, InvoiceBuilder.Tva55) with { PreviousPercent = t.Item1, CumulativePercent = t.Item2 }).Build().TotalNet);

        Assert.Equal(99.99m, nets.Sum());
    }

    [Fact]
    public void Progress_beyond_100_percent_is_refused_on_the_line()
    {
        var refused = Assert.Throws<DomainException>(() => new InvoiceBuilder().WithLine(LineDetails.Item("Travaux", 1, 100, InvoiceBuilder.Tva20) with { CumulativePercent = 100.5m }).Build());

        Assert.Equal(("line.progress_range", "Lines[0].CumulativePercent"), (refused.Code, refused.Field));
    }

    [Theory]
    [InlineData(100, new[] { 1, 1, 1 }, new[] { 33.34, 33.33, 33.33 })]
    [InlineData(0.05, new[] { 1, 1 }, new[] { 0.03, 0.02 })]
    [InlineData(50.01, new[] { 0, 0 }, new[] { 50.01, 0 })]
    public void Allocation_splits_to_the_cent_and_adds_up(decimal amount, int[] weights, double[] expected)
    {
        var parts = Allocation.Split(amount, weights.Select(w => (decimal)w).ToList());

        Assert.Equal(expected.Select(e => (decimal)e), parts);
        Assert.Equal(amount, parts.Sum());
    }
}
