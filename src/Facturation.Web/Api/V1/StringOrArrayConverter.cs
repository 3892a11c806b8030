using System.Text.Json;
using System.Text.Json.Serialization;

namespace Facturation.Web.Api.V1;

/// <summary>Reads a list of strings written either as a JSON array or as one string ("a@x.fr" or "a@x.fr, b@y.fr").</summary>
public sealed class StringOrArrayConverter : JsonConverter<List<string>>
{
    public override List<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return [reader.GetString() ?? string.Empty];
            case JsonTokenType.StartArray:
                var values = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    values.Add(reader.TokenType == JsonTokenType.String ? reader.GetString() ?? string.Empty : throw new JsonException("Expected a string."));
                }

                return values;
            default:
                throw new JsonException("Expected a string or an array of strings.");
        }
    }

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToArray(), options);
}
