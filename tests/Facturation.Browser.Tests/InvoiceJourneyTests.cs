using System.Globalization;
using System.Text.RegularExpressions;
using Facturation.Application.Customers;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facturation.Browser.Tests;

public sealed class InvoiceJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task Admin_biller_creates_reorders_saves_and_finalizes_a_draft_then_sees_it_frozen()
    {
        // Creating and finalizing needs the Bill policy (billing managers): the administrator here holds both roles.
        var user = await session.App.CreateUserAsync(Roles.Admin, Roles.BillingManager);
        var customerId = await session.App.WithScopeAsync(async s => (await s.GetRequiredService<CustomerService>().CreateAsync(
            TestCustomers.FrenchCompany("JOURNEE", "Client Parcours SARL", "2 rue du Test", "69001", "Lyon"),
            CancellationToken.None)).Id);
        var page = await session.SignedInPageAsync(user);

        await page.GetByRole(AriaRole.Link, new() { Name = "Factures", Exact = true }).ClickAsync();
        await page.GetByTestId("new-invoice").ClickAsync();
        await page.GetByTestId("customer-search").FillAsync("JOURNEE");
        await page.GetByTestId("suggestion").Filter(new() { HasText = "JOURNEE" }).ClickAsync();
        await Expect(page.Locator("#CustomerId")).ToHaveValueAsync(customerId.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[name='PaymentTermsDays']").FillAsync("30");
        await FillLineAsync(page, 0, "Ligne A", "100");
        await page.GetByTestId("add-line").ClickAsync();
        await FillLineAsync(page, 1, "Ligne B", "200");
        await page.GetByTestId("add-line").ClickAsync();
        await FillLineAsync(page, 2, "Ligne C", "300");
        await page.GetByRole(AriaRole.Button, new() { Name = "Monter la ligne 3" }).ClickAsync();
        await Expect(page.Locator("[name='Lines[1].Description']")).ToHaveValueAsync("Ligne C");
        await Expect(page.Locator("[name='Lines[2].Description']")).ToHaveValueAsync("Ligne B");
        await page.GetByTestId("save").ClickAsync();

        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Brouillon");
        await Expect(page.GetByTestId("invoice-lines").GetByTestId("line")).ToHaveTextAsync([new Regex("Ligne A"), new Regex("Ligne C"), new Regex("Ligne B")]);
        await ActionMenuDriver.ChooseAsync(page, "finalize");
        await Expect(page.GetByTestId("finalize-dialog")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("finalize-dialog").GetByTestId("consequence")).ToContainTextAsync("numéro légal définitif");
        await page.GetByTestId("finalize-dialog").GetByTestId("confirm").ClickAsync();

        await Expect(page.GetByTestId("invoice-number")).ToHaveTextAsync(new Regex(@"^FA\d{4}-\d{4}$"));
        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Finale");
        await Expect(page.GetByTestId("edit")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("finalize")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("delete")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("frozen-reason")).ToHaveTextAsync("Document émis : modification impossible, établissez un avoir.");
    }

    private static async Task FillLineAsync(IPage page, int index, string description, string unitPrice)
    {
        await page.Locator($"[name='Lines[{index}].Description']").FillAsync(description);
        await page.Locator($"[name='Lines[{index}].Quantity']").FillAsync("1");
        await page.Locator($"[name='Lines[{index}].UnitPrice']").FillAsync(unitPrice);
        await page.Locator($"[name='Lines[{index}].TaxCode']").SelectOptionAsync("TVA20");
        await page.Locator($"[name='Lines[{index}].GlAccount']").SelectOptionAsync("706000");
    }
}
