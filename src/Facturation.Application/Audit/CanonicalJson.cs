using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Facturation.Application.Audit;

/// <summary>
/// The one serialization the audit hashes are computed on: object members sorted by ordinal key, no
/// whitespace, UTF-8, only <c>"</c>, <c>\</c> and control characters escaped; amounts and rates are strings in
/// invariant format with 2 to 4 decimals, dates <c>yyyy-MM-dd</c>, times <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Serialize(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Parses stored canonical JSON back (to re-serialize it, or compare it field by field).</summary>
    public static JsonObject Parse(string json) => JsonNode.Parse(json) as JsonObject ?? throw new FormatException("The payload is not a JSON object.");

    public static JsonNode Amount(decimal value) => JsonValue.Create(value.ToString("0.00##", CultureInfo.InvariantCulture));

    public static JsonNode? Amount(decimal? value) => value is { } v ? Amount(v) : null;

    public static JsonNode? Date(DateOnly? value) => value is { } d ? JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
