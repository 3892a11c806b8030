using System.Collections.Concurrent;
using Facturation.Web.Features.Customers;
using Facturation.Web.Features.Invoices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;

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
        // An attribute-routed screen (its own [Route], or a template on the action) is not on the conventional route,
        // which would still format an address.
        var address = IsAttributeRouted<TController>(action)
            ? url.Action(action, ControllerName<TController>(), values)
            : url.RouteUrl(ScreenRoute, new RouteValueDictionary(values) { ["controller"] = ControllerName<TController>(), ["action"] = action });
        if (address is null)
        {
            throw new InvalidOperationException($"No route reaches {typeof(TController).Name}.{action}.");
        }

        // The API twin of an attribute-routed screen action answered: that screen action needs a route name.
        return address.Contains(ApiPathSegment, StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException($"{typeof(TController).Name}.{action} resolved to the API address {address}: name its screen route.")
            : address;
    }

    private const string ApiPathSegment = "/api/";

    /// <summary>
    /// <see cref="To{TController}"/> for a screen without route values, built once per path base and reused: the layout's
    /// menu asks for about thirty on every page. The request's own route values (an id) take part in an address only when
    /// it names the current screen again (route value invalidation), so such a call is never cached.
    /// </summary>
    public static string Screen<TController>(this IUrlHelper url, string action)
        where TController : ControllerBase
    {
        ArgumentNullException.ThrowIfNull(url);
        var current = url.ActionContext.RouteData.Values;
        if (string.Equals(current["controller"] as string, ControllerName<TController>(), StringComparison.OrdinalIgnoreCase)
            && string.Equals(current["action"] as string, action, StringComparison.OrdinalIgnoreCase))
        {
            return url.To<TController>(action);
        }

        var key = (url.ActionContext.HttpContext.Request.PathBase.Value ?? string.Empty, typeof(TController), action);
        return ScreenAddresses.TryGetValue(key, out var known) ? known : ScreenAddresses.GetOrAdd(key, url.To<TController>(action));
    }

    private static readonly ConcurrentDictionary<(string PathBase, Type Controller, string Action), string> ScreenAddresses = new();

    /// <summary>Whether an action has its own route template, looked up once per action (list rows ask per row).</summary>
    private static readonly ConcurrentDictionary<(Type Controller, string Action), bool> AttributeRouted = new();

    private static bool IsAttributeRouted<TController>(string action) =>
        AttributeRouted.GetOrAdd((typeof(TController), action), static key =>
            key.Controller.IsDefined(typeof(RouteAttribute), inherit: false)
            || key.Controller.GetMethods().Any(method => method.Name == key.Action
                && method.GetCustomAttributes(inherit: false).OfType<IRouteTemplateProvider>().Any(route => route.Template is not null)));

    /// <summary>The name of the dossier estimate PDF screen route (the API has an <c>Estimate</c> action too).</summary>
    public const string DossierEstimateRoute = "DossierEstimateScreen";

    /// <summary>The name of the customer account screen route (the API has an <c>Account</c> action too).</summary>
    public const string CustomerAccountRoute = "CustomerAccountScreen";

    /// <summary>The invoice PDF download route (the API has a <c>Pdf</c> action on an <c>InvoicePdf</c> controller too).</summary>
    public const string InvoicePdfRoute = "InvoicePdfScreen";

    /// <summary>The invoice CII (Factur-X XML) download route (the API's <c>InvoiceXml</c> controller has <c>Cii</c> too).</summary>
    public const string InvoiceCiiRoute = "InvoiceCiiScreen";

    /// <summary>The invoice UBL download route (the API's <c>InvoiceXml</c> controller has <c>Ubl</c> too).</summary>
    public const string InvoiceUblRoute = "InvoiceUblScreen";

    /// <summary>The invoice dossier/activity relink form route (the API's <c>InvoiceOperations</c> has <c>Relink</c> too).</summary>
    public const string InvoiceOperationsRoute = "InvoiceOperationsScreen";

    /// <summary>The invoice author change form route (the API's <c>InvoiceOperations</c> has <c>ChangeAuthor</c> too).</summary>
    public const string InvoiceAuthorRoute = "InvoiceAuthorScreen";

    /// <summary>The statement creation form route (the API's <c>Statements</c> has <c>Create</c> too).</summary>
    public const string StatementCreateRoute = "StatementCreateScreen";

    /// <summary>The statement PDF route (the API's <c>Statements</c> has <c>Pdf</c> too).</summary>
    public const string StatementPdfRoute = "StatementPdfScreen";

    /// <summary>The statement e-mail form route (the API's <c>Statements</c> has <c>Send</c> too).</summary>
    public const string StatementSendRoute = "StatementSendScreen";

    /// <summary>The payment journal export route (the API's <c>PaymentJournal</c> has <c>Export</c> too).</summary>
    public const string PaymentJournalExportRoute = "PaymentJournalExportScreen";

    /// <summary>The address of a named route, for the attribute-routed screens named above.</summary>
    public static string Route(this IUrlHelper url, string routeName, object? values = null)
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
