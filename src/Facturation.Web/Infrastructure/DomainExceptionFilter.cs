using Facturation.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// The one place a refused business rule becomes a response, so actions carry no try/catch.
/// API: a problem detail (400 with the field, 404, 409). Screens: the message next to its field on the form the
/// controller redraws (<see cref="IRedrawsForm"/>), or a flash message when the action has no form to redraw.
/// </summary>
public sealed class DomainExceptionFilter(ITempDataDictionaryFactory tempData) : IAsyncActionFilter
{
    private const string ConcurrencyCode = "concurrency";

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.ExceptionHandled || AsDomainException(executed.Exception) is not { } exception)
        {
            return;
        }

        executed.ExceptionHandled = true;
        var isApi = context.Controller.GetType().IsDefined(typeof(ApiControllerAttribute), inherit: true);
        if (isApi)
        {
            executed.Result = ApiProblems.From(exception, context.HttpContext);
            return;
        }

        if (exception.Kind == DomainErrorKind.NotFound)
        {
            executed.Result = new NotFoundResult();
            return;
        }

        if (exception.Code != ConcurrencyCode && context.Controller is Controller controller and IRedrawsForm form
            && context.ActionDescriptor is ControllerActionDescriptor action)
        {
            controller.ModelState.AddModelError(exception.Field ?? string.Empty, exception.Message);
            var refused = new RefusedForm(action.ActionName, context.ActionArguments.AsReadOnly());
            if (await form.RedrawFormAsync(refused, context.HttpContext.RequestAborted) is { } redrawn)
            {
                executed.Result = AsUnprocessable(redrawn);
                return;
            }
        }

        tempData.GetTempData(context.HttpContext).FlashError(exception.Message);
        var referer = context.HttpContext.Request.Headers.Referer.ToString();
        executed.Result = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == context.HttpContext.Request.Host.Host
            ? new LocalRedirectResult(uri.PathAndQuery)
            : new RedirectToActionResult("Index", "Home", null);
    }

    /// <summary>A redrawn form answers 422 so scripts and tests tell a refusal from a first display.</summary>
    private static IActionResult AsUnprocessable(IActionResult redrawn)
    {
        switch (redrawn)
        {
            case ViewResult view:
                view.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
            case PartialViewResult partial:
                partial.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
        }

        return redrawn;
    }

    /// <summary>
    /// A row changed by another request between read and write (e.g. a cancellation racing a payment: both
    /// change the invoice's amounts, which are concurrency tokens) is a conflict to retry, not a server error.
    /// </summary>
    private static DomainException? AsDomainException(Exception? exception) => exception switch
    {
        DomainException domain => domain,
        DbUpdateConcurrencyException => DomainException.Conflict(
            ConcurrencyCode,
            "Le document a été modifié par une autre opération au même moment. Rechargez la page et recommencez."),
        _ => null,
    };
}
