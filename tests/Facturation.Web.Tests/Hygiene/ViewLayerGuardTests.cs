using System.Text.RegularExpressions;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>
/// Views only render (issue 13, docs/architecture.md "Web layer"): a view under <c>src/Facturation.Web/Features</c>
/// injects no service but the presentation ones of <c>_ViewImports</c>, keeps nothing in <c>ViewData</c>/<c>ViewBag</c>
/// but the page title and the navigation section, and reads no route or request value. Everything else comes from
/// the typed view model its controller builds. Reads the .cshtml files from the source tree.
/// </summary>
public sealed partial class ViewLayerGuardTests
{
    /// <summary>Presentation services a view may inject: the UI texts' localizer and the authorization that hides links.</summary>
    private static readonly string[] AllowedInjections =
    [
        "Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>",
        "Microsoft.AspNetCore.Authorization.IAuthorizationService",
    ];

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
    public void A_view_that_does_more_than_render_is_reported(string line) =>
        Assert.Single(Violations(line));

    [Theory]
    [InlineData("@inject Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> L")]
    [InlineData("    ViewData[\"Title\"] = L[\"Dossiers\"];")]
    [InlineData("    ViewData[\"Section\"] = \"Dossiers\";")]
    [InlineData("<h1>@ViewData[\"Title\"]</h1>")]
    [InlineData("@ViewData.ModelState[\"from\"]?.Errors.FirstOrDefault()?.ErrorMessage")]
    [InlineData("<partial name=\"_Address\" model=\"Model.Address\" view-data='new ViewDataDictionary(ViewData) { TemplateInfo = { HtmlFieldPrefix = \"Address\" } }' />")]
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
}
