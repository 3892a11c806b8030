using System.Globalization;
using Facturation.Application.Customers;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facturation.Browser.Tests;

public sealed class PaymentJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly decimal[] UnitPrices = [100m, 200m];

    [ChromiumFact]
    public async Task Accountant_spreads_one_payment_over_two_invoices_and_sees_both_statuses_change()
    {
        var accountant = await session.App.CreateUserAsync(Roles.Accountant);
        var (customerId, first, second) = await session.App.WithScopeAsync(async s =>
        {
            var customer = await s.GetRequiredService<CustomerService>().CreateAsync(
                TestCustomers.FrenchCompany("REGLEMENT", "Client Règlement SARL", "3 rue du Test", "69001", "Lyon"),
                CancellationToken.None);
            var invoices = s.GetRequiredService<InvoiceService>();
            var biller = new Actor("test", "Test");
            var ids = new List<int>();
            foreach (var price in UnitPrices)
            {
                var draft = await invoices.CreateDraftAsync(
                    new InvoiceInput { CustomerId = customer.Id, PaymentTermsDays = 30, Lines = [new() { Description = "Prestation", Quantity = 1, UnitPrice = price, TaxCode = "TVA20" }] },
                    biller,
                    CancellationToken.None);
                ids.Add((await invoices.FinalizeAsync(draft.Id, biller, CancellationToken.None)).Id);
            }

            return (customer.Id, ids[0], ids[1]);
        });
        var page = await session.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(accountant.Email);
        await page.GetByLabel("Mot de passe").FillAsync(accountant.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByTestId("user-menu")).ToBeVisibleAsync();

        // 120.00 + 240.00 TTC are due; 200.00 received: the oldest is settled, 80.00 go to the second.
        await page.GotoAsync($"/Customers/Details/{customerId}");
        await page.GetByTestId("record-customer-payment").ClickAsync();
        await page.GetByLabel("Montant", new() { Exact = true }).FillAsync("200");
        await page.GetByLabel("Mode de règlement").SelectOptionAsync("Cheque");
        await page.GetByLabel("Référence (n° de chèque, de virement…)").FillAsync("CHQ-0042");
        await page.GetByTestId("spread").ClickAsync();
        await Expect(page.GetByTestId("allocation-amount").Nth(0)).ToHaveValueAsync("120,00");
        await Expect(page.GetByTestId("allocation-amount").Nth(1)).ToHaveValueAsync("80,00");
        await page.GetByTestId("save-payment").ClickAsync();

        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Règlement");
        await page.GotoAsync($"/Invoices/Details/{first}");
        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Payée");
        await page.GotoAsync($"/Invoices/Details/{second}");
        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Partiellement payée");
        await Expect(page.GetByTestId("remaining")).ToContainTextAsync(160m.ToString("N2", CultureInfo.GetCultureInfo("fr-FR")));
        await Expect(page.GetByTestId("payments")).ToContainTextAsync("CHQ-0042");
    }
}
