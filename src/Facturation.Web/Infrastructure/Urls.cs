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

    /// <summary>
    /// The address of <paramref name="action"/> of <typeparamref name="TController"/>, built by the routing: values the
    /// route has no slot for become the query string, in the order given.
    /// </summary>
    public static string To<TController>(this IUrlHelper url, string action, object? values = null)
        where TController : ControllerBase
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Action(action, ControllerName<TController>(), values)
            ?? throw new InvalidOperationException($"No route reaches {typeof(TController).Name}.{action}.");
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
