namespace Facturation.Web.Infrastructure;

/// <summary>
/// Error keys of the JSON API follow the JSON field names: "BillingAddress.City" becomes "billingAddress.city",
/// "Contacts[0].Email" becomes "contacts[0].email". MVC model state keys are case-insensitive, so the same
/// keys also put the message next to the right form field.
/// </summary>
public static class FieldNames
{
    public static string ToJsonPath(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var segments = key.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            if (s.Length > 0 && char.IsUpper(s[0]))
            {
                segments[i] = char.ToLowerInvariant(s[0]) + s[1..];
            }
        }

        return string.Join('.', segments);
    }
}
