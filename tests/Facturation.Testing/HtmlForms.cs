using System.Net;
using System.Text.RegularExpressions;

namespace Facturation.Testing;

/// <summary>
/// Posts forms the way a browser does: reads the antiforgery token from the page that holds the form, then
/// posts the fields with it. Reads field errors back from the returned HTML.
/// </summary>
public static partial class HtmlForms
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>GETs <paramref name="pageUrl"/> (default: the form URL), then posts the fields with its token.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string actionUrl, Dictionary<string, string> fields, string? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await client.GetAsync(pageUrl ?? actionUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken(html)
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl ?? actionUrl} ({(int)page.StatusCode}).");
        var body = new Dictionary<string, string>(fields) { [AntiforgeryField] = token };
        return await client.PostAsync(actionUrl, new FormUrlEncodedContent(body));
    }

    /// <summary>Posts without any antiforgery token, as a cross-site forged request would.</summary>
    public static Task<HttpResponseMessage> PostFormWithoutTokenAsync(this HttpClient client, string actionUrl, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsync(actionUrl, new FormUrlEncodedContent(fields));
    }

    public static string? AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The message shown next to a field (<c>asp-validation-for</c>), or null.</summary>
    public static string? FieldError(string html, string field)
    {
        foreach (Match match in FieldErrorPattern().Matches(html))
        {
            if (string.Equals(WebUtility.HtmlDecode(match.Groups["for"].Value), field, StringComparison.OrdinalIgnoreCase))
            {
                var text = WebUtility.HtmlDecode(TagPattern().Replace(match.Groups["message"].Value, string.Empty)).Trim();
                return text.Length == 0 ? null : text;
            }
        }

        return null;
    }

    /// <summary>Messages of the form-level summary (errors not tied to a field).</summary>
    public static IReadOnlyList<string> SummaryErrors(string html)
    {
        var summary = SummaryPattern().Match(html);
        return summary.Success
            ? ListItemPattern().Matches(summary.Groups[1].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).Where(s => s.Length > 0).ToList()
            : [];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<span class=\"field-validation-error\" data-valmsg-for=\"(?<for>[^\"]+)\"[^>]*>(?<message>.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex FieldErrorPattern();

    [GeneratedRegex("<div class=\"[^\"]*validation-summary-errors[^\"]*\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItemPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
