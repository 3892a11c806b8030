using Facturation.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// The one place a refused business rule becomes a response, so actions carry no try/catch.
/// API: a problem detail (400 with the field, 404, 409). Screens: the message next to its field on the
/// re-displayed form, or a flash message when the rule concerns the document's state.
/// </summary>
public sealed class DomainExceptionFilter(ITempDataDictionaryFactory tempData) : IAsyncActionFilter
{
    public const string FlashErrorKey = "FlashError";

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

        var model = context.ActionArguments.Values.FirstOrDefault(v => v is not null && !v.GetType().IsPrimitive && v is not string and not CancellationToken);
        if (model is not null && exception.Code != ConcurrencyCode && context.ActionDescriptor is ControllerActionDescriptor action && context.Controller is Controller controller)
        {
            controller.ModelState.AddModelError(exception.Field ?? string.Empty, exception.Message);
            executed.Result = new ViewResult
            {
                ViewName = action.ActionName,
                ViewData = new ViewDataDictionary(controller.ViewData) { Model = model },
                TempData = controller.TempData,
                StatusCode = StatusCodes.Status422UnprocessableEntity,
            };
            return;
        }

        tempData.GetTempData(context.HttpContext)[FlashErrorKey] = exception.Message;
        var referer = context.HttpContext.Request.Headers.Referer.ToString();
        executed.Result = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == context.HttpContext.Request.Host.Host
            ? new RedirectResult(uri.PathAndQuery)
            : new RedirectResult("/");
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
