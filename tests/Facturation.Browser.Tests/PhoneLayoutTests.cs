using Facturation.Testing;
using static Microsoft.Playwright.Assertions;

namespace Facturation.Browser.Tests;

/// <summary>At 390 px (a phone) the list and the document page fit the screen: no sideways scrolling (ADR-029).</summary>
public sealed class PhoneLayoutTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task Invoice_list_and_document_page_have_no_horizontal_scroll_at_390px()
    {
        var pages = await SamplePages.CreateAsync(session.App, "PHONE");
        var page = await SamplePages.SignedInPageAsync(session, width: 390, height: 844);
        var overflowing = new List<string>();

        foreach (var path in new[] { "/Invoices", $"/Invoices/Details/{pages.InvoiceId}", $"/Dossiers/Details/{pages.DossierId}", "/Dossiers" })
        {
            await page.GotoAsync(path);
            var (scroll, client, culprits) = await HorizontalOverflow.MeasureAsync(page);
            if (scroll > client)
            {
                overflowing.Add($"{path}: {scroll} px wide in a {client} px screen ({culprits})");
            }
        }

        Assert.True(overflowing.Count == 0, string.Join(Environment.NewLine, overflowing));
    }

    [ChromiumFact]
    public async Task Document_page_actions_menu_opens_within_the_screen_at_390px()
    {
        var pages = await SamplePages.CreateAsync(session.App, "PHONEMENU");
        var page = await SamplePages.SignedInPageAsync(session, width: 390, height: 844);
        await page.GotoAsync($"/Invoices/Details/{pages.InvoiceId}");

        await page.GetByTestId("actions-toggle").ClickAsync();
        var (scroll, client, culprits) = await HorizontalOverflow.MeasureAsync(page);

        await Expect(page.GetByTestId("actions").GetByTestId("record-payment")).ToBeVisibleAsync();
        Assert.True(scroll <= client, $"{scroll} px wide in a {client} px screen ({culprits})");
    }
}
