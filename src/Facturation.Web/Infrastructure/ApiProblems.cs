using Facturation.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// RFC 9457 problem details for the JSON API, with an <c>errors</c> object keyed by JSON field. Texts are French;
/// under <c>Accept-Language: en</c> (see <see cref="ApiCultureProvider"/>) each text with an English translation in
/// <c>SharedResource</c> is given in English. No framework message reaches them (see <see cref="ModelBindingMessages"/>).
/// </summary>
public static class ApiProblems
{
    public const string InvalidTitle = "La requête contient des erreurs.";

    public static ValidationProblemDetails Validation(ModelStateDictionary modelState, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(context);
        var text = Translator(context);
        var errors = modelState
            .Where(e => e.Value?.Errors.Count > 0)
            .GroupBy(e => Key(e.Key))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value!.Errors).Select(e => text(Describe(e))).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Title = text(InvalidTitle),
            Status = StatusCodes.Status400BadRequest,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Instance = context.Request.Path,
        };
    }

    public static ObjectResult From(DomainException exception, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(context);
        var text = Translator(context);
        var status = exception.Kind switch
        {
            DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
            DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
            DomainErrorKind.Invalid => StatusCodes.Status400BadRequest,
        };
        var message = text(exception.Message);
        var problem = exception.Field is { } field && exception.Kind == DomainErrorKind.Invalid
            ? new ValidationProblemDetails(new Dictionary<string, string[]> { [FieldNames.ToJsonPath(field)] = [message] })
            : new ProblemDetails();
        problem.Title = exception.Kind == DomainErrorKind.Invalid ? text(InvalidTitle) : message;
        problem.Detail = message;
        problem.Status = status;
        problem.Instance = context.Request.Path;
        problem.Extensions["code"] = exception.Code;
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>The request's language for a French text: itself, or its English translation when one exists.</summary>
    public static Func<string, string> Translator(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var localizer = context.RequestServices.GetService<IStringLocalizer<SharedResource>>();
        return french => localizer is null ? french : localizer[french].Value;
    }

    /// <summary>"$.lines[0].unitPrice" (JSON reader) and "Lines[0].UnitPrice" (validators) both become "lines[0].unitPrice".</summary>
    private static string Key(string modelStateKey)
    {
        var key = FieldNames.ToJsonPath(modelStateKey.TrimStart('$', '.'));
        return key.Length == 0 ? "body" : key;
    }

    private static string Describe(ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? ModelBindingMessages.InvalidJson : error.ErrorMessage;
}
