namespace Facturation.Web.Infrastructure;

/// <summary>The French title of an error status, for the error pages and for every problem detail the framework creates.</summary>
public static class ProblemTitles
{
    public static string For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Requête invalide.",
        StatusCodes.Status401Unauthorized => "Authentification requise.",
        StatusCodes.Status403Forbidden => "Accès refusé.",
        StatusCodes.Status404NotFound => "Page introuvable.",
        StatusCodes.Status405MethodNotAllowed => "Méthode non autorisée pour cette adresse.",
        StatusCodes.Status409Conflict => "Conflit avec l'état actuel de la ressource.",
        StatusCodes.Status413PayloadTooLarge => "Requête trop volumineuse.",
        StatusCodes.Status415UnsupportedMediaType => "Type de contenu non pris en charge : envoyez du JSON (application/json).",
        StatusCodes.Status422UnprocessableEntity => ApiProblems.InvalidTitle,
        >= 500 => "Une erreur inattendue est survenue. Elle a été enregistrée.",
        _ => "La requête n'a pas pu aboutir.",
    };

    /// <summary>
    /// <c>ProblemDetailsOptions.CustomizeProblemDetails</c>: problem details built by the framework (415, 404 of
    /// <c>NotFound()</c>, …) get our title instead of the English one, in the request's language.
    /// </summary>
    public static void Customize(Microsoft.AspNetCore.Http.ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Title = ApiProblems.Translator(context.HttpContext)(problem.Title ?? For(status));
    }
}
