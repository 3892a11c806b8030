using Facturation.Domain.Customers;

namespace Facturation.Web.Features.Customers;

/// <summary>The French label of a customer kind (a resource key for the English UI).</summary>
public static class CustomerKindLabels
{
    public static string Of(CustomerKind kind) => kind switch
    {
        CustomerKind.Company => "Société",
        CustomerKind.Individual => "Particulier",
        CustomerKind.PublicBody => "Organisme public",
        CustomerKind.Foreign => "Client étranger",
        _ => kind.ToString(),
    };
}
