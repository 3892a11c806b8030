using System.Globalization;
using System.Text.RegularExpressions;
using Facturation.Application.Customers;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facturation.Browser.Tests;

public sealed class DossierJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task From_an_accepted_dossier_a_deposit_a_situation_and_the_balance_fill_the_progress_bars()
    {
        var user = await session.App.CreateUserAsync(Roles.BillingManager);
        var customerId = await session.App.WithScopeAsync(async s => (await s.GetRequiredService<CustomerService>().CreateAsync(
            TestCustomers.FrenchCompany("CHANTIER", "Chantier Dupuis SARL", "5 quai du Port", "13002", "Marseille"),
            CancellationToken.None)).Id);
        var page = await session.SignedInPageAsync(user);

        await page.GetByRole(AriaRole.Link, new() { Name = "Dossiers", Exact = true }).ClickAsync();
        await page.GetByTestId("new-dossier").ClickAsync();
        await page.Locator("#CustomerId").SelectOptionAsync(customerId.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Name").FillAsync("Rénovation du local");
        await FillLineAsync(page, 0, "Dépose", "1");
        await FillLineAsync(page, 1, "Pose", "3");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("dossier-status")).ToHaveTextAsync("Ouvert");
        var dossierUrl = new Uri(page.Url).AbsolutePath;
        await page.Locator("#Reference").FillAsync("Devis signé le jour même");
        await page.GetByTestId("accept").ClickAsync();
        await Expect(page.GetByTestId("dossier-status")).ToHaveTextAsync("Accepté");

        await ActionMenuDriver.ChooseAsync(page, "deposit");
        await page.Locator("#Percent").FillAsync("30");
        await page.GetByTestId("create-deposit").ClickAsync();
        await FinalizeAndReturnAsync(page, dossierUrl, "120,00");

        await ActionMenuDriver.ChooseAsync(page, "situation");
        await page.GetByTestId("line-100").First.ClickAsync();
        await page.Locator("#DepositDeduction").SelectOptionAsync("Progressive");
        await page.GetByTestId("preview").ClickAsync();
        await Expect(page.GetByTestId("recap-net")).ToContainTextAsync("70,00");
        await page.GetByTestId("create-situation").ClickAsync();
        await FinalizeAndReturnAsync(page, dossierUrl, "70,00");

        await ActionMenuDriver.ChooseAsync(page, "balance");
        await FinalizeAndReturnAsync(page, dossierUrl, "210,00");

        await Expect(page.GetByTestId("deposit-share")).ToHaveTextAsync("30 %");
        await Expect(page.GetByTestId("situation-share")).ToHaveTextAsync("100 %");
        await Expect(page.GetByTestId("remaining")).ToContainTextAsync("0,00");
        await Expect(page.GetByTestId("balance")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("balance-help")).ToContainTextAsync("solde");
        await page.GetByTestId("documents-tab").ClickAsync();
        await Expect(page.GetByTestId("dossier-documents").Locator("tbody tr")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Link, new() { Name = "Dossiers", Exact = true }).ClickAsync();
        var row = page.GetByTestId("dossier-row").Filter(new() { HasText = "Rénovation du local" });
        await Expect(row.GetByTestId("deposit-share")).ToHaveTextAsync("30 %");
        await Expect(row.GetByTestId("situation-share")).ToHaveTextAsync("100 %");
    }

    private static async Task FillLineAsync(IPage page, int index, string description, string quantity)
    {
        await page.Locator($"[name='Lines[{index}].Description']").FillAsync(description);
        await page.Locator($"[name='Lines[{index}].Quantity']").FillAsync(quantity);
        await page.Locator($"[name='Lines[{index}].UnitPrice']").FillAsync("100");
        await page.Locator($"[name='Lines[{index}].TaxCode']").SelectOptionAsync("TVA20");
    }

    private static async Task FinalizeAndReturnAsync(IPage page, string dossierUrl, string net)
    {
        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync(new Regex("Brouillon"));
        await Expect(page.Locator("body")).ToContainTextAsync(net);
        await ActionMenuDriver.ConfirmAsync(page, "finalize");
        await Expect(page.GetByTestId("invoice-number")).ToHaveTextAsync(new Regex(@"^FA\d{4}-\d{4}$"));
        await page.GotoAsync(dossierUrl);
    }
}
