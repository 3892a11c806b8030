using System.Net;
using System.Text.RegularExpressions;
using Facturation.Application.Identity;
using Facturation.Testing;
using Xunit.Abstractions;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>
/// The views' links are built by the routing (issue 13, docs/architecture.md "Web layer"): walks the screens of a demo
/// install from the home page as a user with every role and checks that every link, form target and script address
/// a page renders is a screen — never an <c>/api/</c> address (an API controller sharing a screen's name and action),
/// never an address no endpoint answers (a conventional link to an attribute-routed screen).
/// </summary>
public sealed partial class ScreenLinkTests(ITestOutputHelper output)
{
    /// <summary>Enough to open every screen of the demo install once (about 70 address shapes).</summary>
    private const int MaxPages = 150;

    private static readonly string[] StaticAssetFolders = ["/css/", "/js/", "/lib/", "/images/", "/favicon"];

    [Fact]
    public async Task Every_link_and_form_target_of_the_screens_reaches_a_screen()
    {
        await using var app = new FacturationApp()
            .With("Facturation:SeedDemoInvoices", "true")
            .With("Jobs:Enabled", "false")
            .With("Outbox:Enabled", "false")
            .With("Webhooks:Enabled", "false");
        var client = await app.SignInAsync([.. Roles.All]);
        var problems = new List<string>();
        var seenShapes = new HashSet<string>(StringComparer.Ordinal);
        var postTargets = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<(string Address, string From)>([("/", "(start)")]);
        seenShapes.Add(Shape("/"));
        var pages = 0;

        while (queue.Count > 0 && pages < MaxPages)
        {
            var (address, from) = queue.Dequeue();
            pages++;
            using var response = await client.GetAsync(address);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed || (int)response.StatusCode >= 500)
            {
                problems.Add($"GET {address} (linked from {from}) answered {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            foreach (var (target, method) in Targets(html))
            {
                if (target.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{address} links to the API address {target}");
                }
                else if (method == HttpMethod.Get && seenShapes.Add(Shape(target)))
                {
                    queue.Enqueue((target, address));
                }
                else if (method == HttpMethod.Post)
                {
                    postTargets.TryAdd(Shape(target), target);
                }
            }
        }

        // A form posted without its antiforgery token is refused (400) by the endpoint it reaches, before any change;
        // 404/405 would mean the view's address reaches no screen action for POST.
        foreach (var target in postTargets.Values)
        {
            using var response = await client.PostFormWithoutTokenAsync(target, new());
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed || (int)response.StatusCode >= 500)
            {
                problems.Add($"POST {target} answered {(int)response.StatusCode}");
            }
        }

        output.WriteLine($"{pages} pages opened, {seenShapes.Count} link shapes, {postTargets.Count} form targets posted.");
        Assert.True(pages >= 40, $"Only {pages} pages reached from the home page.");
        Assert.True(postTargets.Count >= 20, $"Only {postTargets.Count} form targets found.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Every application address of a page with the method the browser uses for it.</summary>
    private static IEnumerable<(string Target, HttpMethod Method)> Targets(string html)
    {
        foreach (Match form in FormTag().Matches(html))
        {
            var method = FormMethod().Match(form.Value) is { Success: true } m && m.Groups["method"].Value.Equals("post", StringComparison.OrdinalIgnoreCase)
                ? HttpMethod.Post
                : HttpMethod.Get;
            if (FormAction().Match(form.Value) is { Success: true } action)
            {
                yield return (WebUtility.HtmlDecode(action.Groups["target"].Value), method);
            }
        }

        foreach (Match button in FormActionAttribute().Matches(html))
        {
            yield return (WebUtility.HtmlDecode(button.Groups["target"].Value), HttpMethod.Post);
        }

        foreach (Match link in GetAddress().Matches(html))
        {
            var target = WebUtility.HtmlDecode(link.Groups["target"].Value);
            if (!StaticAssetFolders.Any(folder => target.StartsWith(folder, StringComparison.OrdinalIgnoreCase)))
            {
                yield return (target, HttpMethod.Get);
            }
        }

        foreach (Match script in ScriptPostAddress().Matches(html))
        {
            yield return (WebUtility.HtmlDecode(script.Groups["target"].Value), HttpMethod.Post);
        }
    }

    /// <summary>An address without its query string and with its numbers generalized: one visit per kind of page.</summary>
    private static string Shape(string address) => Digits().Replace(address.Split('?')[0], "#");

    [GeneratedRegex(@"<form\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex(@"\bmethod=""(?<method>\w+)""", RegexOptions.IgnoreCase)]
    private static partial Regex FormMethod();

    [GeneratedRegex(@"(?<![\w-])action=""(?<target>/[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    [GeneratedRegex(@"\bformaction=""(?<target>/[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex FormActionAttribute();

    [GeneratedRegex(@"(?<![\w-])(?:href|src|data-open|data-pdf|data-autocomplete|data-combobox)=""(?<target>/[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex GetAddress();

    [GeneratedRegex(@"\b(?:data-preview-url|data-lines-url)=""(?<target>/[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPostAddress();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
