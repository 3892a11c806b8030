using Facturation.Application.Taxes;

namespace Facturation.Web.Features.TaxCodes;

/// <summary>The form always shows three component rows; blank rows are ignored on save.</summary>
public static class TaxCodeForm
{
    public static TaxCodeInput WithBlankRows(TaxCodeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        while (input.Components.Count < TaxCodeInputValidator.MaxComponents)
        {
            input.Components.Add(new TaxComponentInput());
        }

        return input;
    }
}
