using Facturation.Application.Common;

namespace Facturation.Application.Tests.Common;

public sealed class IdentifierRulesTests
{
    [Theory]
    [InlineData("303265045", true)]
    [InlineData("303 265 045", true)]
    [InlineData("884123456", true)]
    [InlineData("303265046", false)]
    [InlineData("30326504", false)]
    [InlineData("30326504A", false)]
    public void Siren_is_nine_digits_with_a_luhn_key(string siren, bool valid)
    {
        Assert.Equal(valid, IdentifierRules.IsValidSiren(siren));
    }

    [Theory]
    [InlineData("88412345600011", true)]
    [InlineData("88412345600012", false)]
    public void Siret_is_fourteen_digits_with_a_luhn_key(string siret, bool valid)
    {
        Assert.Equal(valid, IdentifierRules.IsValidSiret(siret));
    }

    [Theory]
    [InlineData("FR40303265045", true)]
    [InlineData("FR 40 303265045", true)]
    [InlineData("fr52884123456", true)]
    [InlineData("FR41303265045", false)]
    [InlineData("FR4030326504", false)]
    [InlineData("DE123456789", true)]
    [InlineData("BE0123456789", true)]
    [InlineData("12345", false)]
    public void Vat_number_checks_the_french_key(string vat, bool valid)
    {
        Assert.Equal(valid, IdentifierRules.IsValidVatNumber(vat));
    }
}
