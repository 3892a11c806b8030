using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Reading JSON into our input models, <c>null</c> is refused where the C# type says it cannot be: a non-nullable
/// property (<c>"lines": null</c>) or an element of a list of non-nullable items (<c>"lines": [null]</c>). The
/// <see cref="JsonException"/> becomes a 400 keyed by the JSON field, instead of a null the validators and services
/// never expected (500). Writing JSON is not affected.
/// </summary>
public static class NullRefusingJsonModifier
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static void Modify(JsonTypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Namespace?.StartsWith("Facturation.", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is not { } set || property.PropertyType.IsValueType || property.AttributeProvider is not PropertyInfo clrProperty)
            {
                continue;
            }

            NullabilityInfo info;
            lock (Nullability)
            {
                info = Nullability.Create(clrProperty);
            }

            var refuseNull = info.WriteState == NullabilityState.NotNull;
            var refuseNullItems = info.GenericTypeArguments is [{ ReadState: NullabilityState.NotNull } item] && !item.Type.IsValueType
                || info.ElementType is { ReadState: NullabilityState.NotNull } element && !element.Type.IsValueType;
            if (!refuseNull && !refuseNullItems)
            {
                continue;
            }

            property.Set = (target, value) =>
            {
                if (value is null ? refuseNull : refuseNullItems && value is IEnumerable items and not string && items.Cast<object?>().Any(i => i is null))
                {
                    throw new JsonException("null is not allowed here.");
                }

                set(target, value);
            };
        }
    }
}
