using System.Diagnostics;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Error;

/// <summary>Friendly error pages (screens) and problem details (API); never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/Error")]
    public IActionResult Index()
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var traceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        // A document looked up while rendering a view (e.g. /Dossiers/Deposit/999999) can be missing: a 404, no error.
        if (failure is not null && Response.StatusCode is < 400 or >= 500)
        {
            logger.LogError(failure.Error, "Unhandled error on {Path} (trace {TraceId})", failure.Path, traceId);
        }

        // The exception handler's status selector already chose 4xx for a client's fault (e.g. a malformed request).
        var status = Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError;
        return Respond(status, failure?.Path ?? string.Empty, traceId);
    }

    [Route("/Error/{status:int}")]
    public IActionResult Status(int status)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        return Respond(status, original?.OriginalPath ?? string.Empty, Activity.Current?.Id ?? HttpContext.TraceIdentifier);
    }

    private IActionResult Respond(int status, string path, string traceId)
    {
        var title = ProblemTitles.For(status);
        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            var text = ApiProblems.Translator(HttpContext);
            return Problem(title: text(title), statusCode: status, instance: path, detail: $"{text("Référence")} : {traceId}");
        }

        Response.StatusCode = status;
        return View("Error", new ErrorViewModel(status, title, traceId));
    }
}
