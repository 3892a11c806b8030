using System.Diagnostics;
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
        if (failure is not null)
        {
            logger.LogError(failure.Error, "Unhandled error on {Path} (trace {TraceId})", failure.Path, traceId);
        }

        return Respond(StatusCodes.Status500InternalServerError, failure?.Path ?? string.Empty, traceId);
    }

    [Route("/Error/{status:int}")]
    public IActionResult Status(int status)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        return Respond(status, original?.OriginalPath ?? string.Empty, Activity.Current?.Id ?? HttpContext.TraceIdentifier);
    }

    private IActionResult Respond(int status, string path, string traceId)
    {
        var title = status switch
        {
            StatusCodes.Status404NotFound => "Page introuvable.",
            StatusCodes.Status403Forbidden => "Accès refusé.",
            StatusCodes.Status400BadRequest => "Requête invalide.",
            _ when status >= 500 => "Une erreur inattendue est survenue. Elle a été enregistrée.",
            _ => "La requête n'a pas pu aboutir.",
        };
        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(title: title, statusCode: status, instance: path, detail: $"Référence : {traceId}");
        }

        Response.StatusCode = status;
        return View("Error", new ErrorViewModel(status, title, traceId));
    }
}
