using Facturation.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Facturation.Web.Infrastructure;

/// <summary>RFC 9457 problem details for the JSON API, with an <c>errors</c> object keyed by JSON field.</summary>
public static class ApiProblems
{
    public static ValidationProblemDetails Validation(ModelStateDictionary modelState, string instance)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var errors = modelState
            .Where(e => e.Value?.Errors.Count > 0)
            .GroupBy(e => FieldNames.ToJsonPath(e.Key.TrimStart('$', '.')))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value!.Errors).Select(Describe).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Title = "La requête contient des erreurs.",
            Status = StatusCodes.Status400BadRequest,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Instance = instance,
        };
    }

    public static ObjectResult From(DomainException exception, string instance)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.Kind switch
        {
            DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
            DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
            DomainErrorKind.Invalid => StatusCodes.Status400BadRequest,
        };
        var problem = exception.Field is { } field && exception.Kind == DomainErrorKind.Invalid
            ? new ValidationProblemDetails(new Dictionary<string, string[]> { [FieldNames.ToJsonPath(field)] = [exception.Message] })
            : new ProblemDetails();
        problem.Title = exception.Kind == DomainErrorKind.Invalid ? "La requête contient des erreurs." : exception.Message;
        problem.Detail = exception.Message;
        problem.Status = status;
        problem.Instance = instance;
        problem.Extensions["code"] = exception.Code;
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    private static string Describe(ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? "Valeur invalide ou JSON mal formé." : error.ErrorMessage;
}
