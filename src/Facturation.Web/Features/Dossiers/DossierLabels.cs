using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Dossiers;

/// <summary>French names of dossier statuses and of the documents billed from a dossier.</summary>
public static class DossierLabels
{
    public static string Status(DossierStatus status) => status switch
    {
        DossierStatus.Open => "Ouvert",
        DossierStatus.Accepted => "Accepté",
        DossierStatus.Closed => "Clos",
    };

    public static string Badge(DossierStatus status) => status switch
    {
        DossierStatus.Open => "text-bg-secondary",
        DossierStatus.Accepted => "text-bg-success",
        DossierStatus.Closed => "text-bg-dark",
    };

    public static string Document(InvoiceType type) => DossierBilling.TypeLabel(type);
}
