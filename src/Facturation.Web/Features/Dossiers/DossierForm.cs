using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;

namespace Facturation.Web.Features.Dossiers;

public static class DossierForm
{
    public const int BlankLines = 3;

    /// <summary>The form shows a few empty rows to type new lines in; blank rows are dropped on save.</summary>
    public static DossierInput WithBlankLines(DossierInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Lines.AddRange(Enumerable.Range(0, BlankLines).Select(_ => new InvoiceLineInput()));
        return input;
    }
}
