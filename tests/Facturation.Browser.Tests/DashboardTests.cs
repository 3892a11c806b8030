using System.Globalization;
using System.Text.Json;
using Facturation.Application.Activities;
using Facturation.Application.Customers;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facturation.Browser.Tests;

/// <summary>The home page's dashboard shows exactly the figures <c>GET /api/v1/stats</c> returns (ADR-027).</summary>
public sealed class DashboardTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task Dashboard_figures_equal_the_api_figures()
    {
        var accountant = await session.App.CreateUserAsync(Roles.Accountant);
        await session.App.WithScopeAsync(async s =>
        {
            var customer = await s.GetRequiredService<CustomerService>().CreateAsync(
                TestCustomers.FrenchCompany("TABLEAU", "Client Tableau SARL", "3 rue du Test", "69001", "Lyon"), CancellationToken.None);
            var activity = await s.GetRequiredService<ActivityService>().CreateAsync(new ActivityInput { Code = "DASH", Name = "Tableau de bord" }, CancellationToken.None);
            var invoices = s.GetRequiredService<InvoiceService>();
            var biller = new Actor("test", "Test");
            foreach (var (price, activityId) in new[] { (1234.5m, (int?)activity.Id), (99.99m, null) })
            {
                var draft = await invoices.CreateDraftAsync(
                    new InvoiceInput { CustomerId = customer.Id, PaymentTermsDays = 30, ActivityId = activityId, Lines = [new() { Description = "Prestation", Quantity = 1, UnitPrice = price, TaxCode = "TVA20" }] },
                    biller,
                    CancellationToken.None);
                await invoices.FinalizeAsync(draft.Id, biller, CancellationToken.None);
            }

            return customer.Id;
        });
        var token = await session.App.CreateTokenAsync(accountant.Id);
        var page = await session.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(accountant.Email);
        await page.GetByLabel("Mot de passe").FillAsync(accountant.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByTestId("user-menu")).ToBeVisibleAsync();

        await page.GotoAsync("/");
        var response = await page.APIRequest.GetAsync("/api/v1/stats", new() { Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" } });
        Assert.Equal(200, response.Status);
        var stats = JsonDocument.Parse(await response.TextAsync()).RootElement;

        await AssertAmountAsync(page, "revenue-month", stats.GetProperty("month").GetProperty("revenue"));
        await AssertAmountAsync(page, "revenue-month-previous", stats.GetProperty("month").GetProperty("previousRevenue"));
        await AssertAmountAsync(page, "revenue-year", stats.GetProperty("year").GetProperty("revenue"));
        await AssertAmountAsync(page, "revenue-year-previous", stats.GetProperty("year").GetProperty("previousRevenue"));
        await AssertAmountAsync(page, "revenue-period", stats.GetProperty("period").GetProperty("revenue"));
        await AssertAmountAsync(page, "unpaid", stats.GetProperty("unpaid").GetProperty("amount"));
        await AssertAmountAsync(page, "overdue", stats.GetProperty("overdue").GetProperty("amount"));
        await AssertAmountAsync(page, "drafts", stats.GetProperty("drafts").GetProperty("amount"));
        Assert.Equal(stats.GetProperty("failingEmails").GetInt32().ToString(CultureInfo.InvariantCulture), (await page.GetByTestId("failing-emails").TextContentAsync())?.Trim());
        Assert.Contains(stats.GetProperty("unpaid").GetProperty("count").GetInt32().ToString(CultureInfo.InvariantCulture), await page.GetByTestId("unpaid-count").TextContentAsync(), StringComparison.Ordinal);
        foreach (var bucket in stats.GetProperty("ageing").EnumerateArray())
        {
            var amount = await page.Locator($"[data-testid=ageing] tr[data-bucket='{bucket.GetProperty("key").GetString()}'] td[data-amount]").GetAttributeAsync("data-amount");
            Assert.Equal(Raw(bucket.GetProperty("amount")), amount);
        }

        foreach (var month in stats.GetProperty("months").EnumerateArray())
        {
            var key = $"{month.GetProperty("year").GetInt32()}-{month.GetProperty("month").GetInt32():00}";
            Assert.Equal(Raw(month.GetProperty("revenue")), await page.Locator($"[data-testid=months] td[data-month='{key}']").GetAttributeAsync("data-amount"));
        }

        var dash = stats.GetProperty("activities").EnumerateArray().Single(a => a.TryGetProperty("code", out var code) && code.GetString() == "DASH");
        Assert.Equal(1234.5m, dash.GetProperty("revenue").GetDecimal());
        Assert.Equal(Raw(dash.GetProperty("revenue")), await page.Locator("[data-testid=activities] td[data-activity='DASH']").GetAttributeAsync("data-amount"));

        // fr-FR with the company currency: "1 234,50 €" (narrow no-break space as the group separator).
        await Expect(page.Locator("[data-testid=activities] td[data-activity='DASH']")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1\s234,50\s€$"));
        Assert.Equal(0, await page.GetByText("arrive dans les prochaines versions").CountAsync());
    }

    private static async Task AssertAmountAsync(IPage page, string testId, JsonElement expected) =>
        Assert.Equal(Raw(expected), await page.GetByTestId(testId).GetAttributeAsync("data-amount"));

    private static string Raw(JsonElement amount) => amount.GetDecimal().ToString("0.00", CultureInfo.InvariantCulture);
}
