using Facturation.Web.Features.Customers;
using Facturation.Web.Features.Invoices;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Typed links and redirects to the application's pages, so no controller, menu or pager spells a URL: the target is
/// named by its controller type and action (<c>nameof</c>) and the routing builds the address.
/// </summary>
public static class Urls
{
    private const string ControllerSuffix = "Controller";

    /// <summary>The routing name of a controller ("InvoicesController" → "Invoices").</summary>
    public static string ControllerName<TController>()
        where TController : ControllerBase => typeof(TController).Name[..^ControllerSuffix.Length];

    /// <summary>The conventional route of the screens (<c>{controller}/{action}/{id?}</c>, FacturationHost).</summary>
    public const string ScreenRoute = "default";

    /// <summary>
    /// The address of the screen <paramref name="action"/> of <typeparamref name="TController"/>, built by the routing:
    /// values the route has no slot for become the query string, in the order given. Screens are asked of the
    /// conventional route first because most API controllers share a screen controller's name and action names
    /// (Finalize, Delete…): a plain <c>Url.Action</c> may answer the API's address. An attribute-routed screen whose
    /// name the API also uses takes a route name instead (<see cref="DossierEstimateRoute"/>, <see cref="CustomerAccountRoute"/>).
    /// </summary>
    public static string To<TController>(this IUrlHelper url, string action, object? values = null)
        where TController : ControllerBase
    {
        ArgumentNullException.ThrowIfNull(url);
        // An attribute-routed screen (its own [Route]) is not on the conventional route, which would still format an address.
        var address = typeof(TController).IsDefined(typeof(RouteAttribute), inherit: false)
            ? url.Action(action, ControllerName<TController>(), values)
            : url.RouteUrl(ScreenRoute, new RouteValueDictionary(values) { ["controller"] = ControllerName<TController>(), ["action"] = action });
        return address ?? throw new InvalidOperationException($"No route reaches {typeof(TController).Name}.{action}.");
    }

    /// <summary>The name of the dossier estimate PDF screen route (the API has an <c>Estimate</c> action too).</summary>
    public const string DossierEstimateRoute = "DossierEstimateScreen";

    /// <summary>The name of the customer account screen route (the API has an <c>Account</c> action too).</summary>
    public const string CustomerAccountRoute = "CustomerAccountScreen";

    /// <summary>The address of a named route, for the attribute-routed screens named above.</summary>
    public static string Route(this IUrlHelper url, string routeName, object values)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.RouteUrl(routeName, values) ?? throw new InvalidOperationException($"No route named {routeName}.");
    }

    public static string Invoice(this IUrlHelper url, int id)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Action(nameof(InvoicesController.Details), ControllerName<InvoicesController>(), new { id })!;
    }

    public static string InvoiceList(this IUrlHelper url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Action(nameof(InvoicesController.Index), ControllerName<InvoicesController>())!;
    }

    public static RedirectToActionResult RedirectToInvoice(this Controller controller, int id)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return controller.RedirectToAction(nameof(InvoicesController.Details), ControllerName<InvoicesController>(), new { id });
    }

    public static RedirectToActionResult RedirectToDraftEditor(this Controller controller, int id)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return controller.RedirectToAction(nameof(InvoicesController.Edit), ControllerName<InvoicesController>(), new { id });
    }

    public static RedirectToActionResult RedirectToInvoiceList(this Controller controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return controller.RedirectToAction(nameof(InvoicesController.Index), ControllerName<InvoicesController>());
    }

    public static RedirectToActionResult RedirectToCustomer(this Controller controller, int id)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return controller.RedirectToAction(nameof(CustomersController.Details), ControllerName<CustomersController>(), new { id });
    }
}
