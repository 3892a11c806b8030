using System.Text.RegularExpressions;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>
/// Views only render (issue 13, docs/architecture.md "Web layer"): a view under <c>src/Facturation.Web/Features</c>
/// injects no service but the presentation ones of <c>_ViewImports</c>, keeps nothing in <c>ViewData</c>/<c>ViewBag</c>
/// but the page title and the navigation section, and reads no route or request value. Everything else comes from
/// the typed view model its controller builds. Links are typed too: no <c>href</c>, <c>action</c> or <c>formaction</c>
/// spells an application path (<c>Url.To</c>/<c>Url.Route</c> build it), only static assets stay literal.
/// Reads the .cshtml files from the source tree.
/// </summary>
public sealed partial class ViewLayerGuardTests
{
    /// <summary>Presentation services a view may inject: the UI texts' localizer, the authorization that hides links, the company-time display.</summary>
    private static readonly string[] AllowedInjections =
    [
        "Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>",
        "Microsoft.AspNetCore.Authorization.IAuthorizationService",
        "Facturation.Web.Infrastructure.BusinessTimeDisplay",
    ];

    /// <summary>The static files under wwwroot a view may address literally (they are not routed).</summary>
    private static readonly string[] StaticAssetFolders = ["/css/", "/js/", "/lib/", "/images/", "/favicon"];

    [Fact]
    public void Feature_views_inject_only_presentation_services_and_keep_only_the_title_in_view_data()
    {
        var views = FeatureViews();

        var violations = views.SelectMany(path => Violations(File.ReadAllText(path)).Select(v => $"{Path.GetRelativePath(FeaturesFolder(), path)}: {v}")).ToList();

        Assert.True(views.Count > 100, $"Only {views.Count} views found under {FeaturesFolder()}.");
        Assert.True(violations.Count == 0, "Views must only render (docs/architecture.md, Web layer):" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [InlineData("@inject Facturation.Application.Dossiers.DossierService Dossiers")]
    [InlineData("@inject Facturation.Application.Common.IBusinessClock BusinessClock")]
    [InlineData("    var id = ViewData[\"CustomerId\"];")]
    [InlineData("<partial name=\"_FinalizeAndSend\" model=\"ViewData[InvoiceEditorCommand.FinalizeAndSend] is true\" />")]
    [InlineData("    var references = ProductForm.References(ViewData);")]
    [InlineData("    ViewBag.Customers = customers;")]
    [InlineData("    var id = Context.GetRouteValue(\"id\");")]
    [InlineData("    var id = ViewContext.RouteData.Values[\"id\"];")]
    [InlineData("<input type=\"hidden\" name=\"query\" value=\"@Context.Request.QueryString\" />")]
    [InlineData("<a href=\"/Dossiers/Details/@d.Id\">@d.Number</a>")]
    [InlineData("<form method=\"post\" asp-antiforgery=\"true\" action=\"/Dossiers/Create\" novalidate>")]
    [InlineData("<button type=\"submit\" formaction=\"/Payments/Bulk\">Payer</button>")]
    [InlineData("<a href='/Payments?customerId=@Model.CustomerId'>Règlements</a>")]
    [InlineData("<a class=\"navbar-brand\" href=\"/\">Facturation</a>")]
    [InlineData("<a href=\"~/Invoices\">Factures</a>")]
    [InlineData("<img src=\"/Settings/Logo?t=@DateTime.UtcNow.Ticks\" alt=\"Logo\" />")]
    [InlineData("        var open = r.IsDraft ? $\"/Invoices/Edit/{r.Id}\" : Url.To<InvoicesController>(nameof(InvoicesController.Details), new { id = r.Id });")]
    [InlineData("<input type=\"search\" data-autocomplete=\"/Invoices/Customers\" />")]
    public void A_view_that_does_more_than_render_is_reported(string line) =>
        Assert.Single(Violations(line));

    [Theory]
    [InlineData("@inject Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> L")]
    [InlineData("    ViewData[\"Title\"] = L[\"Dossiers\"];")]
    [InlineData("    ViewData[\"Section\"] = \"Dossiers\";")]
    [InlineData("<h1>@ViewData[\"Title\"]</h1>")]
    [InlineData("@ViewData.ModelState[\"from\"]?.Errors.FirstOrDefault()?.ErrorMessage")]
    [InlineData("<partial name=\"_Address\" model=\"Model.Address\" view-data='new ViewDataDictionary(ViewData) { TemplateInfo = { HtmlFieldPrefix = \"Address\" } }' />")]
    [InlineData("<a href=\"@(Url.To<DossiersController>(nameof(DossiersController.Details), new { id = d.Id }))\">@d.Number</a>")]
    [InlineData("<link rel=\"stylesheet\" href=\"~/css/site.css\" asp-append-version=\"true\" />")]
    [InlineData("<script src=\"/lib/bootstrap/dist/js/bootstrap.bundle.min.js\"></script><link rel=\"icon\" href=\"/favicon.ico\" />")]
    [InlineData("<a href=\"https://www.legifrance.gouv.fr/\">Légifrance</a> <a href=\"#lines\">Lignes</a>")]
    [InlineData("<partial name=\"~/Features/Payments/_BulkPaymentForm.cshtml\" model=\"form\" />")]
    [InlineData("@* The live editor sends the same commands to POST /Invoices/Editor/Lines. *@")]
    public void A_view_that_only_renders_passes(string line) =>
        Assert.Empty(Violations(line));

    private static IEnumerable<string> Violations(string view)
    {
        foreach (Match inject in InjectDirective().Matches(view))
        {
            if (!AllowedInjections.Contains(inject.Groups["type"].Value))
            {
                yield return $"injects {inject.Groups["type"].Value} (compute it in the controller and pass it in the view model)";
            }
        }

        foreach (Match use in ViewDataUse().Matches(view))
        {
            yield return $"uses \"{use.Value.Trim()}\" (only ViewData[\"Title\"] and ViewData[\"Section\"] are allowed)";
        }

        foreach (Match read in RequestRead().Matches(view))
        {
            yield return $"reads \"{read.Value}\" (pass the value in the view model)";
        }

        foreach (Match link in LiteralPath().Matches(view))
        {
            var path = link.Groups["path"].Value;
            if (!StaticAssetFolders.Any(folder => path.TrimStart('~').StartsWith(folder, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"spells the application path \"{link.Value}\" (build it with Url.To<TController>(nameof(...)) or Url.Route)";
            }
        }

        foreach (Match path in PathInExpression().Matches(view))
        {
            yield return $"spells the application path {path.Value} (build it with Url.To<TController>(nameof(...)) or Url.Route)";
        }
    }

    private static List<string> FeatureViews() =>
        [.. Directory.EnumerateFiles(FeaturesFolder(), "*.cshtml", SearchOption.AllDirectories)];

    private static string FeaturesFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Facturation.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("Facturation.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine(root, "src", "Facturation.Web", "Features");
    }

    [GeneratedRegex(@"^\s*@inject\s+(?<type>\S+)\s+\w+", RegexOptions.Multiline)]
    private static partial Regex InjectDirective();

    /// <summary>
    /// ViewBag anywhere; ViewData except its title and section keys, its ModelState (field errors) and the copy a
    /// partial's field prefix is set on.
    /// </summary>
    [GeneratedRegex(@"\bViewBag\b|(?<!new ViewDataDictionary\()\bViewData\b(?!\[""(?:Title|Section)""\]|\.ModelState\b)")]
    private static partial Regex ViewDataUse();

    [GeneratedRegex(@"\bGetRouteValue\b|\bRouteData\b|\bContext\.Request\b")]
    private static partial Regex RequestRead();

    /// <summary>A link, form or image target written as a path (<c>/…</c> or <c>~/…</c>), in double or single quotes.</summary>
    [GeneratedRegex(@"\b(?:href|action|formaction|src)\s*=\s*[""'](?<path>~?/[^""']*)", RegexOptions.IgnoreCase)]
    private static partial Regex LiteralPath();

    /// <summary>
    /// Any other quoted application path — a C# string (<c>$"/Invoices/Edit/{id}"</c>) or a <c>data-</c> address for the
    /// scripts: the screens' routes start with a capital (controller names), static files and partial views' <c>~/</c> paths do not.
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:href|action|formaction|src)\s*=\s*)\$?[""']/[A-Z][^""'\s]*")]
    private static partial Regex PathInExpression();
}
