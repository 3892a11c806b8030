using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Facturation.Application.Accounts;
using Facturation.Application.Audit;
using Facturation.Application.Customers;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Mail;
using Facturation.Domain.Customers;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Facturation.Domain.Recurring;
using Facturation.Domain.Reminders;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facturation.Browser.Tests;

/// <summary>
/// Issue 13 "Done when": along a realistic journey (a two-line draft, finalized, partly paid, e-mailed, corrected by a
/// credit note; another invoice cancelled) no page, no PDF and no e-mail shows a raw C# enum member name or a raw
/// audit event name where a French label belongs.
/// </summary>
public sealed class RawEnumNameJourneyTests(SmtpBrowserSession session) : IClassFixture<SmtpBrowserSession>
{
    /// <summary>The enums whose values users see as labels (statuses, kinds, types, methods, verbs, filters, reasons).</summary>
    private static readonly Type[] UserFacingEnums =
    [
        typeof(InvoiceStatus), typeof(InvoiceKind), typeof(InvoiceType), typeof(InvoiceAction), typeof(LineKind), typeof(OperationNature),
        typeof(PaymentMethod), typeof(PaymentStatus), typeof(PaymentDirection), typeof(AccountEntryKind), typeof(DossierStatus),
        typeof(DepositMode), typeof(CustomerKind), typeof(OutboxStatus), typeof(QuickFilter), typeof(ReminderSkip), typeof(RecurrenceFrequency),
    ];

    /// <summary>
    /// Member names that are also French words with the same capitalisation ("Situation n° 2", "Section", "Comment
    /// régler ?", "Standard", "Services"): they cannot tell a leak from French, so they are not searched.
    /// </summary>
    private static readonly HashSet<string> FrenchWords = ["Situation", "Section", "Comment", "Standard", "Services"];

    private static readonly Regex RawName = BuildPattern();

    [ServiceFact(TestService.Chromium, TestService.Smtp)]
    public async Task A_billing_journey_shows_no_raw_enum_name_on_its_pages_pdfs_and_email()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var billing = SmtpCatcher.NewAddress("enum-names");
        var (customerId, customerCode, otherId) = await NewCustomerWithAnIssuedInvoiceAsync(billing);
        var user = await session.App.CreateUserAsync(Roles.Admin, Roles.BillingManager, Roles.Accountant);
        var page = await session.SignedInPageAsync(user);
        var leaks = new List<string>();

        // A two-line draft in the editor, saved then finalized.
        await page.GotoAsync("/Invoices/Create");
        await page.GetByTestId("customer-search").FillAsync(customerCode);
        await page.GetByTestId("suggestion").Filter(new() { HasText = customerCode }).First.ClickAsync();
        await Expect(page.Locator("#CustomerId")).ToHaveValueAsync(customerId.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("form[aria-busy]")).ToHaveCountAsync(0);
        await FillLineAsync(page, 0, "Audit du réseau", "2", "450");
        await page.GetByTestId("add-line").ClickAsync();
        await Expect(page.GetByTestId("line-row")).ToHaveCountAsync(2);
        await FillLineAsync(page, 1, "Câblage", "1", "300");
        await Expect(page.GetByTestId("total-gross")).ToContainTextAsync(1440m.ToString("N2", CultureInfo.GetCultureInfo("fr-FR")));
        await CheckAsync(page, "editor", leaks);
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Brouillon");
        await CheckAsync(page, "draft", leaks);
        await ActionMenuDriver.ConfirmAsync(page, "finalize");
        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Finale");
        await CheckAsync(page, "finalized invoice", leaks);
        var invoicePage = page.Url;
        var number = await page.GetByTestId("invoice-number").TextContentAsync();

        // A partial payment by cheque.
        await ActionMenuDriver.ChooseAsync(page, "record-payment");
        await page.GetByLabel("Montant", new() { Exact = true }).FillAsync("500");
        await page.GetByLabel("Mode de règlement").SelectOptionAsync(nameof(PaymentMethod.Cheque));
        await page.GetByLabel("Montant imputé " + number).FillAsync("500");
        await CheckAsync(page, "payment form", leaks);
        await page.GetByTestId("save-payment").ClickAsync();
        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Règlement");
        await CheckAsync(page, "payment recorded", leaks);
        await page.GotoAsync(invoicePage);
        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Partiellement payée");
        await CheckAsync(page, "partly paid invoice", leaks);

        // E-mailed to the customer's billing contact.
        await ActionMenuDriver.ChooseAsync(page, "send-email");
        await Expect(page.GetByTestId("send")).ToBeEnabledAsync();
        await CheckAsync(page, "send screen", leaks);
        await page.GetByTestId("send").ClickAsync();
        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Envoi demandé");
        await CheckAsync(page, "sent", leaks);

        // A corrective credit note for one line, finalized.
        await page.GotoAsync(invoicePage);
        await ActionMenuDriver.ChooseAsync(page, "create-credit-note");
        await page.Locator("[name='Lines[1].Quantity']").FillAsync("1");
        await CheckAsync(page, "credit note form", leaks);
        await page.GetByTestId("create-credit-note").ClickAsync();
        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Avoir");
        await CheckAsync(page, "credit note draft", leaks);
        await ActionMenuDriver.ConfirmAsync(page, "finalize");
        await Expect(page.GetByTestId("invoice-number")).ToHaveTextAsync(new Regex(@"\d"));
        await CheckAsync(page, "credit note issued", leaks);

        // Another invoice cancelled.
        await page.GotoAsync($"/Invoices/Details/{otherId}");
        await ActionMenuDriver.ConfirmAsync(page, "cancel", "Facture adressée au mauvais client");
        await Expect(page.GetByTestId("flash-success")).ToBeVisibleAsync();
        await CheckAsync(page, "cancelled invoice", leaks);

        foreach (var path in new[] { "/Invoices", "/Invoices?kind=CreditNote", "/Payments", $"/Customers/{customerId}/Account", $"/Customers/Details/{customerId}", "/" })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");
            await CheckAsync(page, path, leaks);
        }

        foreach (var (id, documentNumber) in await IssuedDocumentsAsync(customerId))
        {
            var pdf = await page.APIRequest.GetAsync($"/Invoices/{id}/Pdf");
            Assert.True(pdf.Ok, $"PDF of {documentNumber}: HTTP {pdf.Status}");
            Check($"PDF {documentNumber}", await PdfText.ExtractTextAsync(await pdf.BodyAsync()), leaks);
        }

        var email = Assert.Single(await catcher.WaitForAsync(billing, 1, TimeSpan.FromSeconds(30)));
        Check("e-mail subject", email.Subject, leaks);
        Check("e-mail text", email.Text ?? string.Empty, leaks);
        Check("e-mail html", Regex.Replace(email.Html ?? string.Empty, "<[^>]*>", " "), leaks);

        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    [Fact]
    public void The_pattern_finds_a_raw_name_but_not_the_french_labels()
    {
        Assert.Matches(RawName, "La facture est au statut PartiallyPaid.");
        Assert.Matches(RawName, "Avoir Corrective");
        Assert.Matches(RawName, "événement invoice.issued");
        Assert.DoesNotMatch(RawName, "Finale prête pour envoi · Partiellement payée · Annulée · Chèque · Virement · Situation n° 2");
    }

    private static Regex BuildPattern()
    {
        var names = UserFacingEnums.SelectMany(Enum.GetNames).Where(n => !FrenchWords.Contains(n)).Distinct(StringComparer.Ordinal);
        var events = typeof(AuditEvents).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

        // Whole words only, case-sensitive: "Final" is caught, "Finale" and "final" are not.
        var alternatives = names.Concat(events).OrderByDescending(n => n.Length).Select(Regex.Escape);
        return new Regex(@"(?<![\w.])(?:" + string.Join('|', alternatives) + @")(?![\w])", RegexOptions.CultureInvariant);
    }

    private static async Task CheckAsync(IPage page, string where, List<string> leaks) =>
        Check($"{where} ({new Uri(page.Url).PathAndQuery})", await page.Locator("body").InnerTextAsync(), leaks);

    private static void Check(string where, string text, List<string> leaks)
    {
        foreach (Match match in RawName.Matches(text))
        {
            var start = Math.Max(0, match.Index - 40);
            var context = text.Substring(start, Math.Min(text.Length - start, match.Length + 80)).ReplaceLineEndings(" ");
            leaks.Add($"{where}: « {match.Value} » in “{context}”");
        }
    }

    private static async Task FillLineAsync(IPage page, int index, string description, string quantity, string unitPrice)
    {
        await page.Locator($"[name='Lines[{index}].Description']").FillAsync(description);
        await page.Locator($"[name='Lines[{index}].Quantity']").FillAsync(quantity);
        await page.Locator($"[name='Lines[{index}].UnitPrice']").FillAsync(unitPrice);
        await page.Locator($"[name='Lines[{index}].TaxCode']").SelectOptionAsync("TVA20");
        await page.Locator($"[name='Lines[{index}].GlAccount']").SelectOptionAsync("706000");
    }

    private async Task<(int CustomerId, string Code, int OtherInvoiceId)> NewCustomerWithAnIssuedInvoiceAsync(string billingEmail)
    {
        var code = "ENUM" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var input = TestCustomers.FrenchCompany(code, "Client Libellés " + code);
        input.PaymentTermsDays = 30;
        input.Contacts.Add(new ContactInput { Name = "Comptabilité", Email = billingEmail, IsBillingContact = true });
        return await session.App.WithScopeAsync(async s =>
        {
            var customerId = (await s.GetRequiredService<CustomerService>().CreateAsync(input, CancellationToken.None)).Id;
            var invoices = s.GetRequiredService<InvoiceService>();
            var biller = new Actor("enum-journey", "Parcours libellés");
            var draft = await invoices.CreateDraftAsync(
                new InvoiceInput { CustomerId = customerId, PaymentTermsDays = 30, Lines = [new() { Description = "Maintenance", Quantity = 1, UnitPrice = 200m, TaxCode = "TVA20", GlAccount = "706000" }] },
                biller,
                CancellationToken.None);
            return (customerId, code, (await invoices.FinalizeAsync(draft.Id, biller, CancellationToken.None)).Id);
        });
    }

    private Task<List<(int Id, string Number)>> IssuedDocumentsAsync(int customerId) =>
        session.App.WithScopeAsync(async s => (await s.GetRequiredService<FacturationDb>().Invoices.AsNoTracking()
            .Where(i => i.CustomerId == customerId && i.Number != null).Select(i => new { i.Id, i.Number }).ToListAsync())
            .Select(i => (i.Id, i.Number!)).ToList());
}
