using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// The one place where text input is checked for characters no screen can show and PostgreSQL refuses (U+0000):
/// every string bound to an action, from a form, a query or a JSON body, at any depth of the input model. C0 control
/// characters are refused except tab, CR and LF (multi-line notes and descriptions), and so are lone UTF-16
/// surrogates (not encodable in UTF-8). The error goes to the field's model-state key, so forms show it next to the
/// field and the API answers 400 with <c>errors.{field}</c> (this filter runs before the API's invalid-model check).
/// </summary>
public sealed class ControlCharacterFilter : IAsyncActionFilter, IOrderedFilter
{
    public const string Message = "Ce texte contient un caractère de contrôle interdit.";

    private const int MaximumDepth = 8;

    /// <summary>Before <c>ModelStateInvalidFilter</c> (-2000), so that the API reports these errors with the others.</summary>
    public int Order => -3000;

    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var (name, value) in context.ActionArguments)
        {
            var prefix = value is string ? name : string.Empty;
            foreach (var field in InvalidFields(value, prefix, 0))
            {
                context.ModelState.AddModelError(field, Message);
            }
        }

        return next();
    }

    public static bool IsAllowed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return false;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    private static IEnumerable<string> InvalidFields(object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                if (!IsAllowed(text))
                {
                    yield return path;
                }

                yield break;
        }

        if (depth >= MaximumDepth || !IsInputModel(value.GetType(), value))
        {
            yield break;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                foreach (var field in InvalidFields(item, $"{path}[{index}]", depth + 1))
                {
                    yield return field;
                }

                index++;
            }

            yield break;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead || property.PropertyType.IsValueType)
            {
                continue;
            }

            var child = property.GetValue(value);
            foreach (var field in InvalidFields(child, path.Length == 0 ? property.Name : $"{path}.{property.Name}", depth + 1))
            {
                yield return field;
            }
        }
    }

    /// <summary>Only our own input models and collections of them are walked, never framework objects (files, tokens…).</summary>
    private static bool IsInputModel(Type type, object value) =>
        value is IEnumerable
            ? type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            : type.Namespace?.StartsWith("Facturation.", StringComparison.Ordinal) == true;
}
