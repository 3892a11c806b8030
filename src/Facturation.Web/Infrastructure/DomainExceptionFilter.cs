using Facturation.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// The one place a refused business rule becomes a response, so actions carry no try/catch.
/// API: a problem detail (400 with the field, 404, 409). Screens: the message next to its field on the
/// re-displayed form, or a flash message when the rule concerns the document's state.
/// </summary>
public sealed class DomainExceptionFilter(ITempDataDictionaryFactory tempData) : IAsyncActionFilter
{
    public const string FlashErrorKey = "FlashError";

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is not DomainException exception || executed.ExceptionHandled)
        {
            return;
        }

        executed.ExceptionHandled = true;
        var isApi = context.Controller.GetType().IsDefined(typeof(ApiControllerAttribute), inherit: true);
        if (isApi)
        {
            executed.Result = ApiProblems.From(exception, context.HttpContext.Request.Path);
            return;
        }

        if (exception.Kind == DomainErrorKind.NotFound)
        {
            executed.Result = new NotFoundResult();
            return;
        }

        var model = context.ActionArguments.Values.FirstOrDefault(v => v is not null && !v.GetType().IsPrimitive && v is not string and not CancellationToken);
        if (model is not null && context.ActionDescriptor is ControllerActionDescriptor action && context.Controller is Controller controller)
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
}
