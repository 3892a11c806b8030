using Facturation.Application.Catalog;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Facturation.Web.Features.Products;

/// <summary>
/// The form's selects read the tax codes and accounts from view data, set before the service is called so that
/// a form re-displayed after a refused save still has them.
/// </summary>
public static class ProductForm
{
    private const string ReferencesKey = "ProductReferences";

    public static void SetReferences(ViewDataDictionary viewData, ProductReferences references)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        viewData[ReferencesKey] = references;
    }

    public static ProductReferences References(ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        return viewData[ReferencesKey] as ProductReferences ?? ProductReferences.None;
    }
}
