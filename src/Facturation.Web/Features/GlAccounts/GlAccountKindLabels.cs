using Facturation.Domain.Accounting;

namespace Facturation.Web.Features.GlAccounts;

/// <summary>French names of the account natures, shown in the list and the form's select.</summary>
public static class GlAccountKindLabels
{
    public static string Of(GlAccountKind kind) => kind switch
    {
        GlAccountKind.Revenue => "Produits (ventes, prestations)",
        GlAccountKind.VatCollected => "TVA collectée",
        GlAccountKind.Receivable => "Clients (créances)",
    };
}
