using System.Globalization;
using Facturation.Application.Catalog;
using Facturation.Application.Customers;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facturation.Browser.Tests;

/// <summary>
/// The live draft editor (issue 13, ADR-028) in a real Chromium: partial-page requests instead of reloads, totals from
/// the server, the short "create, finalize and e-mail" path, the phone layout.
/// </summary>
public sealed class DraftEditorTests(SmtpBrowserSession session) : IClassFixture<SmtpBrowserSession>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [ChromiumFact]
    public async Task Choosing_a_product_fills_the_row_and_its_total_without_any_page_load()
    {
        var (customer, product) = (await NewCustomerAsync(), await NewProductAsync(750m, "jour"));
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Invoices/Create");
        var loads = CountLoads(page);
        await MarkDocumentAsync(page);

        await PickAsync(page, page.GetByTestId("customer-search"), customer.Code);
        await PickAsync(page, page.GetByTestId("product-search").First, product.Code);

        await Expect(page.Locator("[name='Lines[0].Description']")).ToHaveValueAsync(product.Label);
        await Expect(page.Locator("[name='Lines[0].Unit']")).ToHaveValueAsync("jour");
        await Expect(page.Locator("[name='Lines[0].UnitPrice']")).ToHaveValueAsync("750,00");
        await Expect(page.Locator("[name='Lines[0].Quantity']")).ToHaveValueAsync("1");
        await Expect(page.Locator("[name='Lines[0].TaxCode']")).ToHaveValueAsync("TVA20");
        await Expect(page.Locator("[name='Lines[0].GlAccount']")).ToHaveValueAsync("706000");
        await Expect(page.GetByTestId("line-total").First).ToHaveTextAsync(Amount(750m));
        await Expect(page.GetByTestId("total-gross")).ToHaveTextAsync(Amount(900m));
        Assert.Empty(loads);
        Assert.True(await DocumentIsMarkedAsync(page), "the editor page was reloaded");
    }

    [ChromiumFact]
    public async Task Totals_follow_typing_and_equal_the_totals_the_server_saves()
    {
        var customer = await NewCustomerAsync();
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Invoices/Create");
        await PickAsync(page, page.GetByTestId("customer-search"), customer.Code);
        var reference = "BR-TOT-" + Guid.NewGuid().ToString("N")[..8];
        await page.Locator("[name='Reference']").FillAsync(reference);
        await FillLineAsync(page, 0, "Conseil", "3", "33,33", "TVA20");
        await page.GetByTestId("add-line").ClickAsync();
        await FillLineAsync(page, 1, "Livres", "1,5", "10,01", "TVA10");

        // 99,99 + 15,02 (15,015 rounded) = 115,01 HT; TVA 20,00 + 1,50 = 21,50; TTC 136,51.
        // Each field change schedules its own preview (debounced): under load one may land between the price and the
        // tax code, so every figure is awaited, not only the net total.
        await Expect(page.GetByTestId("total-net")).ToHaveTextAsync(Amount(115.01m));
        await Expect(page.GetByTestId("total-tax")).ToHaveTextAsync(Amount(21.50m));
        await Expect(page.GetByTestId("total-gross")).ToHaveTextAsync(Amount(136.51m));
        await Expect(page.GetByTestId("line-total").Nth(1)).ToHaveTextAsync(Amount(15.02m));
        var shown = (await page.GetByTestId("total-net").TextContentAsync(), await page.GetByTestId("total-tax").TextContentAsync(), await page.GetByTestId("total-gross").TextContentAsync());
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Brouillon");

        var saved = await session.App.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Invoices.AsNoTracking().SingleAsync(i => i.CustomerReference == reference));
        Assert.Equal((Amount(saved.TotalNet), Amount(saved.TotalTax), Amount(saved.TotalGross)), shown);
        Assert.Equal((115.01m, 21.50m, 136.51m), (saved.TotalNet, saved.TotalTax, saved.TotalGross));
    }

    [ChromiumFact]
    public async Task Lines_are_added_by_enter_duplicated_moved_and_removed_without_any_page_load()
    {
        var customer = await NewCustomerAsync();
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Invoices/Create");
        var loads = CountLoads(page);
        await MarkDocumentAsync(page);
        await PickAsync(page, page.GetByTestId("customer-search"), customer.Code);
        var reference = "BR-LINES-" + Guid.NewGuid().ToString("N")[..8];
        await page.Locator("[name='Reference']").FillAsync(reference);
        await FillLineAsync(page, 0, "Alpha", "1", "10", "TVA20");

        await page.Locator("[name='Lines[0].UnitPrice']").PressAsync("Enter");
        await Expect(page.GetByTestId("line-row")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-line-row='1'] [data-combobox-input]")).ToBeFocusedAsync();
        await FillLineAsync(page, 1, "Beta", "2", "20", "TVA20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dupliquer la ligne 1" }).ClickAsync();
        await Expect(page.GetByTestId("line-row")).ToHaveCountAsync(3);
        await Expect(page.Locator("[name='Lines[1].Description']")).ToHaveValueAsync("Alpha");
        await page.Locator("[name='Lines[1].Description']").FillAsync("Alpha bis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Monter la ligne 3" }).ClickAsync();
        await Expect(page.Locator("[name='Lines[1].Description']")).ToHaveValueAsync("Beta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer la ligne 1" }).ClickAsync();

        await Expect(page.GetByTestId("line-row")).ToHaveCountAsync(2);
        await Expect(page.Locator("[name='Lines[0].Description']")).ToHaveValueAsync("Beta");
        await Expect(page.Locator("[name='Lines[1].Description']")).ToHaveValueAsync("Alpha bis");
        await Expect(page.GetByTestId("total-net")).ToHaveTextAsync(Amount(50m));
        Assert.Empty(loads);
        Assert.True(await DocumentIsMarkedAsync(page), "the editor page was reloaded");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Brouillon");
        var saved = await session.App.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Invoices.AsNoTracking().SingleAsync(i => i.CustomerReference == reference));
        Assert.Equal(["Beta", "Alpha bis"], saved.Lines.OrderBy(l => l.Position).Select(l => l.Description));
    }

    [ServiceFact(TestService.Chromium, TestService.Smtp)]
    public async Task Create_finalize_and_email_a_one_line_invoice_takes_at_most_three_page_loads_and_six_clicks()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var billing = SmtpCatcher.NewAddress("editor-journey");
        var (customer, product) = (await NewCustomerAsync(billing), await NewProductAsync(480m, "forfait"));
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Invoices");
        var loads = CountLoads(page);
        var clicks = 0;
        async Task ClickAsync(ILocator target)
        {
            clicks++;
            await target.ClickAsync();
        }

        await ClickAsync(page.GetByTestId("new-invoice"));
        await page.GetByTestId("customer-search").FillAsync(customer.Code);
        await ClickAsync(page.GetByTestId("suggestion").Filter(new() { HasText = customer.Code }).First);
        await Expect(page.Locator("#CustomerId")).ToHaveValueAsync(customer.Id.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("form[aria-busy]")).ToHaveCountAsync(0);
        await page.GetByTestId("product-search").First.FillAsync(product.Code);
        await ClickAsync(page.GetByTestId("suggestion").Filter(new() { HasText = product.Code }).First);
        await Expect(page.GetByTestId("total-gross")).ToHaveTextAsync(Amount(576m));
        await ClickAsync(page.GetByTestId("finalize-send"));
        await Expect(page.GetByTestId("finalize-send-dialog")).ToBeVisibleAsync();
        await ClickAsync(page.GetByTestId("finalize-send-confirm"));
        await Expect(page.GetByTestId("send")).ToBeVisibleAsync();
        await ClickAsync(page.GetByTestId("send"));
        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Envoi demandé");

        var email = Assert.Single(await catcher.WaitForAsync(billing, 1, TimeSpan.FromSeconds(30)));
        var invoice = await session.App.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Invoices.AsNoTracking().SingleAsync(i => i.CustomerId == customer.Id));
        Assert.NotNull(invoice.Number);
        Assert.Contains(invoice.Number, email.Subject, StringComparison.Ordinal);
        Assert.Contains(invoice.Status, new[] { InvoiceStatus.Final, InvoiceStatus.Sent });
        Assert.Equal(576m, invoice.TotalGross);
        Assert.True(loads.Count <= 3, $"{loads.Count} page loads: {string.Join(", ", loads)}");
        Assert.True(clicks <= 6, $"{clicks} clicks");
    }

    [ChromiumFact]
    public async Task The_editor_at_390_px_shows_lines_as_cards_without_horizontal_scroll()
    {
        var (customer, product) = (await NewCustomerAsync(), await NewProductAsync(120m, "heure"));
        var page = await SignedInPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/Invoices/Create");
        await PickAsync(page, page.GetByTestId("customer-search"), customer.Code);
        await PickAsync(page, page.GetByTestId("product-search").First, product.Code);
        await page.GetByTestId("add-line").ClickAsync();
        await Expect(page.GetByTestId("line-row")).ToHaveCountAsync(2);

        var (scrollWidth, viewport, culprits) = await HorizontalOverflow.MeasureAsync(page);
        var rowDisplay = await page.GetByTestId("line-row").First.EvaluateAsync<string>("row => getComputedStyle(row).display");
        Assert.True(scrollWidth <= viewport, $"the page is {scrollWidth} px wide in a {viewport} px viewport ({culprits})");
        Assert.Equal("block", rowDisplay);
    }

    private static string Amount(decimal value) => value.ToString("N2", French) + "\u00A0€";

    private static List<string> CountLoads(IPage page)
    {
        var loads = new List<string>();
        page.Load += (_, p) => loads.Add(p.Url);
        return loads;
    }

    private static async Task MarkDocumentAsync(IPage page) => await page.EvaluateAsync("() => { window.__editorMark = 'still-here'; }");

    private static Task<bool> DocumentIsMarkedAsync(IPage page) => page.EvaluateAsync<bool>("() => window.__editorMark === 'still-here'");

    private static async Task PickAsync(IPage page, ILocator search, string term)
    {
        await search.FillAsync(term);
        var suggestion = page.GetByTestId("suggestion").Filter(new() { HasText = term }).First;
        await suggestion.ClickAsync();

        // The pick redraws part of the editor: the next step starts once it is in place.
        await Expect(page.Locator("form[aria-busy]")).ToHaveCountAsync(0);
    }

    private static async Task FillLineAsync(IPage page, int index, string description, string quantity, string unitPrice, string taxCode)
    {
        await page.Locator($"[name='Lines[{index}].Description']").FillAsync(description);
        await page.Locator($"[name='Lines[{index}].Quantity']").FillAsync(quantity);
        await page.Locator($"[name='Lines[{index}].UnitPrice']").FillAsync(unitPrice);
        await page.Locator($"[name='Lines[{index}].TaxCode']").SelectOptionAsync(taxCode);
        await page.Locator($"[name='Lines[{index}].GlAccount']").SelectOptionAsync("706000");
    }

    private async Task<IPage> SignedInPageAsync()
    {
        var user = await session.App.CreateUserAsync(Roles.BillingManager);
        return await session.SignedInPageAsync(user);
    }

    private async Task<(int Id, string Code)> NewCustomerAsync(string? billingEmail = null)
    {
        var code = "ED" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var input = TestCustomers.FrenchCompany(code, "Client éditeur " + code);
        input.PaymentTermsDays = 30;
        if (billingEmail is not null)
        {
            input.Contacts.Add(new ContactInput { Name = "Comptabilité", Email = billingEmail, IsBillingContact = true });
        }

        var id = await session.App.WithScopeAsync(async s => (await s.GetRequiredService<CustomerService>().CreateAsync(input, CancellationToken.None)).Id);
        return (id, code);
    }

    private async Task<(int Id, string Code, string Label)> NewProductAsync(decimal price, string unit)
    {
        var code = "PR" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var label = "Prestation " + code;
        var id = await session.App.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<FacturationDb>();
            var taxId = await db.TaxCodes.Where(t => t.Code == "TVA20").Select(t => t.Id).SingleAsync();
            var accountId = await db.GlAccounts.Where(a => a.Number == "706000").Select(a => a.Id).SingleAsync();
            var input = new ProductInput { Code = code, Label = label, Unit = unit, UnitPrice = price, DefaultTaxCodeId = taxId, DefaultGlAccountId = accountId };
            return (await s.GetRequiredService<ProductService>().CreateAsync(input, CancellationToken.None)).Id;
        });
        return (id, code, label);
    }
}
