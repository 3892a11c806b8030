using Facturation.Application.Customers;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facturation.Browser.Tests;

/// <summary>Issue 14's desk in a real Chromium: select a customer's invoices in the list → statement → bulk payment → account settled.</summary>
public sealed class StatementAndPaymentJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly decimal[] UnitPrices = [100m, 200m];

    [ChromiumFact]
    public async Task Accountant_selects_invoices_creates_the_statement_then_records_one_payment_for_them()
    {
        var user = await session.App.CreateUserAsync(Roles.Accountant, Roles.BillingManager);
        var (customerId, invoiceIds) = await session.App.WithScopeAsync(async s =>
        {
            var customer = await s.GetRequiredService<CustomerService>().CreateAsync(
                TestCustomers.FrenchCompany("RELEVE", "Client Relevé SAS", "5 rue du Relevé", "33000", "Bordeaux"),
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

            return (customer.Id, ids);
        });
        var page = await session.SignedInPageAsync(user);

        // 120.00 + 240.00 TTC: the statement lists both and 360.00 due.
        await SelectBothAsync(page, customerId, invoiceIds);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le relevé" }).ClickAsync();
        var created = page.GetByTestId("statements-created");
        await Expect(created).ToContainTextAsync("Client Relevé SAS");
        await Expect(created.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(created.Locator("tbody tr td").Nth(2)).ToHaveTextAsync("2");
        await Expect(created.Locator("tbody tr td").Nth(4)).ToHaveTextAsync("360,00");
        var number = await created.Locator("tbody tr td a").First.InnerTextAsync();
        Assert.Matches(@"^RE\d{4}-\d{4}$", number);

        // One payment for the selection, pre-filled with what it leaves due.
        await SelectBothAsync(page, customerId, invoiceIds);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer un paiement" }).ClickAsync();
        var form = page.GetByTestId($"bulk-customer-{customerId}");
        await Expect(form.GetByTestId("bulk-amount")).ToHaveTextAsync("360,00");
        await form.GetByLabel("Mode de règlement").SelectOptionAsync("Cheque");
        await form.GetByLabel("Référence (n° de chèque, de virement…)").FillAsync("CHQ-RELEVE");
        await form.GetByTestId("bulk-record").ClickAsync();
        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Règlement de 360,00 enregistré.");

        var stored = await session.App.WithScopeAsync(s => s.GetRequiredService<Facturation.Application.Data.FacturationDb>().Invoices
            .Where(i => invoiceIds.Contains(i.Id)).Select(i => new { i.Status, i.Remaining, i.StatementNumber }).ToListAsync());
        Assert.All(stored, i => Assert.Equal((InvoiceStatus.Paid, 0m, number), (i.Status, i.Remaining, i.StatementNumber)));
        await page.GotoAsync($"/Customers/{customerId}/Account");
        await Expect(page.GetByTestId("account-balance")).ToHaveTextAsync("0,00");
        await Expect(page.GetByTestId("account-entries")).ToContainTextAsync("CHQ-RELEVE");
    }

    private static async Task SelectBothAsync(IPage page, int customerId, IReadOnlyList<int> invoiceIds)
    {
        await page.GotoAsync($"/Invoices?customerId={customerId}");
        foreach (var id in invoiceIds)
        {
            await page.Locator($"input[name=invoiceIds][value='{id}']").CheckAsync();
        }
    }
}
