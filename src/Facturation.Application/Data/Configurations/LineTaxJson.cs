using System.Text.Json;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Facturation.Application.Data.Configurations;

/// <summary>A dossier line's tax snapshot as one JSON value, as invoice lines store theirs.</summary>
internal static class LineTaxJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ValueConverter<LineTax, string> Converter { get; } = new(
        tax => JsonSerializer.Serialize(tax, Json),
        json => JsonSerializer.Deserialize<LineTax>(json, Json)!);

    public static ValueComparer<LineTax> Comparer { get; } = new(
        (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
        t => JsonSerializer.Serialize(t, Json).GetHashCode(StringComparison.Ordinal),
        t => t);
}
