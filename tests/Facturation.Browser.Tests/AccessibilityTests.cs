using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Facturation.Testing;
using Microsoft.Playwright;

namespace Facturation.Browser.Tests;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright 4.14, ADR-029) on the main pages, in Chromium: no serious and no critical
/// violation, with WCAG 2.1 A/AA rules; plus the skip link and a visible focus ring.
/// </summary>
public sealed class AccessibilityTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly AxeRunOptions Wcag = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } };

    [ChromiumFact]
    public async Task Login_page_has_no_serious_or_critical_violation()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        Assert.Empty(await SeriousViolationsAsync(page));
    }

    [ChromiumFact]
    public async Task Main_pages_have_no_serious_or_critical_violation()
    {
        var pages = await SamplePages.CreateAsync(session.App, "AXE");
        var page = await SamplePages.SignedInPageAsync(session);
        var found = new List<string>();

        foreach (var (name, path) in pages.SignedIn)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");
            found.AddRange((await SeriousViolationsAsync(page)).Select(v => $"{name} ({path}): {v}"));
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [ChromiumFact]
    public async Task Document_page_with_its_actions_menu_and_dialog_open_has_no_serious_violation()
    {
        var pages = await SamplePages.CreateAsync(session.App, "AXEDLG");
        var page = await SamplePages.SignedInPageAsync(session);
        await page.GotoAsync($"/Invoices/Details/{pages.InvoiceId}");

        await ActionMenuDriver.ChooseAsync(page, "cancel");

        Assert.True(await page.GetByTestId("cancel-dialog").IsVisibleAsync());
        Assert.Empty(await SeriousViolationsAsync(page));
    }

    [ChromiumFact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_to_the_content_with_a_visible_focus()
    {
        var page = await SamplePages.SignedInPageAsync(session);
        await page.GotoAsync("/Invoices");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByTestId("skip-link");
        var outline = await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await skip.IsVisibleAsync());
        Assert.StartsWith("solid 3px", outline, StringComparison.Ordinal);
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} [{v.Impact}] {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }
}
