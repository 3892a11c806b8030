using Facturation.Domain.Common;
using Facturation.Domain.Taxes;

namespace Facturation.Domain.Tests.Taxes;

public sealed class TaxCodeTests
{
    [Fact]
    public void Quebec_code_adds_both_components_on_the_same_base()
    {
        var code = new TaxCode("QC", "TPS + TVQ", [new TaxComponent("TPS", 5m), new TaxComponent("TVQ", 9.975m)], null);

        Assert.Equal(14.975m, code.TotalRate);
        Assert.False(code.IsExempt);
    }

    [Fact]
    public void Zero_rate_needs_an_exemption_mention()
    {
        var error = Assert.Throws<DomainException>(() => new TaxCode("TVA0", "Exonéré", [new TaxComponent("TVA", 0m)], null));

        Assert.Equal(nameof(TaxCode.ExemptionMention), error.Field);
    }

    [Fact]
    public void Zero_rate_with_mention_is_exempt()
    {
        var code = new TaxCode("TVA0", "Exonéré", [new TaxComponent("TVA", 0m)], "TVA non applicable, art. 293 B du CGI");

        Assert.True(code.IsExempt);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void Rate_outside_0_to_100_is_refused_on_its_row(double rate)
    {
        var error = Assert.Throws<DomainException>(() => new TaxCode("X", "X", [new TaxComponent("TVA", (decimal)rate)], null));

        Assert.Equal("Components[0].Rate", error.Field);
    }

    [Fact]
    public void Rate_with_more_than_four_decimals_is_refused()
    {
        Assert.Throws<DomainException>(() => new TaxCode("X", "X", [new TaxComponent("TVA", 9.97501m)], null));
    }

    [Fact]
    public void Components_need_distinct_names()
    {
        var error = Assert.Throws<DomainException>(() => new TaxCode("X", "X", [new TaxComponent("TVA", 5m), new TaxComponent("tva", 5m)], null));

        Assert.Equal("tax_code.duplicate_component", error.Code);
    }

    [Fact]
    public void A_code_without_component_is_refused()
    {
        Assert.Throws<DomainException>(() => new TaxCode("X", "X", [], null));
    }
}
