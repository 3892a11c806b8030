using System.Globalization;
using Facturation.Application.Catalog;
using Facturation.Application.Data;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facturation.Browser.Tests;

/// <summary>
/// At 390 px (a phone) the lists, the document page and the dossier fit the screen: no sideways scrolling, list rows
/// shown as cards (ADR-029).
/// </summary>
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

    [ChromiumFact]
    public async Task Sales_list_rows_are_cards_with_number_status_and_amounts_and_the_selection_at_390px()
    {
        var pages = await SamplePages.CreateAsync(session.App, "PHONECARD");
        var number = await session.App.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Invoices.Where(i => i.Id == pages.InvoiceId).Select(i => i.Number!).SingleAsync());
        var page = await SamplePages.SignedInPageAsync(session, width: 390, height: 844);

        await page.GotoAsync("/Invoices?search=" + number);

        var card = page.Locator($"[data-testid='invoice-list'] tbody tr[data-number='{number}']");
        await ExpectCardAsync(page, card, number, "Finale prête pour envoi");
        await Expect(card.Locator("td[data-label='Total TTC']")).ToHaveTextAsync("756,00");
        await Expect(card.Locator("td[data-label='Échéance']")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{2}/\d{2}/\d{4}$"));
        await page.GetByLabel("Tout sélectionner").CheckAsync();
        await Expect(card.GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
        await ExpectInsideTheScreenAsync(page.GetByTestId("bulk-actions").GetByRole(AriaRole.Button, new() { Name = "Enregistrer un paiement" }));
        await ExpectInsideTheScreenAsync(page.GetByTestId("totals").GetByTestId("total-gross"));
    }

    [ChromiumFact]
    public async Task Customer_and_product_lists_rows_are_cards_at_390px()
    {
        var code = "PHONEPR" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await SamplePages.CreateAsync(session.App, code);
        await session.App.WithScopeAsync(async s => (await s.GetRequiredService<ProductService>().CreateAsync(
            new ProductInput { Code = code, Label = "Forfait de maintenance annuel pour le parc informatique", Unit = "an", UnitPrice = 1234.5m }, CancellationToken.None)).Id);
        var page = await SamplePages.SignedInPageAsync(session, width: 390, height: 844);

        await page.GotoAsync("/Customers?search=" + code);
        var customer = page.GetByTestId("customer-list").Locator("tbody tr").Filter(new() { HasText = code });
        await ExpectCardAsync(page, customer, code, "Actif");
        await Expect(customer.Locator("td[data-label='Ville']")).ToHaveTextAsync("Lyon");
        await ExpectInsideTheScreenAsync(customer.GetByRole(AriaRole.Link, new() { Name = "Compte" }));

        await page.GotoAsync("/Products?search=" + code);
        var product = page.GetByTestId("product-list").Locator("tbody tr").Filter(new() { HasText = code });
        await ExpectCardAsync(page, product, code, "Actif");
        await Expect(product.Locator("td[data-label='Prix unitaire HT']")).ToHaveTextAsync(1234.5m.ToString("#,##0.00##", CultureInfo.GetCultureInfo("fr-FR")));
    }

    /// <summary>The row is a card (not a table row), titled by <paramref name="title"/> with its status tag, and the page fits 390 px.</summary>
    private static async Task ExpectCardAsync(IPage page, ILocator card, string title, string status)
    {
        await Expect(card.GetByTestId("card-title")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\s*" + title));
        await Expect(card.GetByTestId("card-status")).ToHaveTextAsync(status);
        await Expect(card).ToHaveCSSAsync("display", "flex");
        await ExpectInsideTheScreenAsync(card);
        var (scroll, client, culprits) = await HorizontalOverflow.MeasureAsync(page);
        Assert.True(scroll <= client, $"{page.Url}: {scroll} px wide in a {client} px screen ({culprits})");
    }

    private static async Task ExpectInsideTheScreenAsync(ILocator element)
    {
        await Expect(element).ToBeVisibleAsync();
        var right = await element.EvaluateAsync<double>("e => e.getBoundingClientRect().right");
        Assert.True(right <= 390, $"{right} px: past the right edge of a 390 px screen");
    }
}
