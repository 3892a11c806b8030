using Facturation.Application.Customers;
using Facturation.Application.Dossiers;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Facturation.Browser.Tests;

/// <summary>
/// The main pages of the application with real content, made through the real services: a customer, an issued
/// invoice (the document and payment pages), a draft (the editor), a dossier. Used by the accessibility, phone and
/// screenshot tests.
/// </summary>
public sealed record SamplePages(int CustomerId, int InvoiceId, int DraftId, int DossierId)
{
    private static readonly Actor Biller = new("sample-pages", "Pages d'exemple");

    public IReadOnlyList<(string Name, string Path)> SignedIn =>
    [
        ("accueil", "/"),
        ("liste-factures", "/Invoices"),
        ("facture", $"/Invoices/Details/{InvoiceId}"),
        ("editeur", "/Invoices/Create"),
        ("brouillon", $"/Invoices/Edit/{DraftId}"),
        ("reglement", $"/Payments/Record?invoiceId={InvoiceId}"),
        ("dossier", $"/Dossiers/Details/{DossierId}"),
        ("client", $"/Customers/Details/{CustomerId}"),
        ("parametres", "/Settings"),
        ("parametres-email", "/MailSettings"),
    ];

    public static async Task<SamplePages> CreateAsync(FacturationApp app, string code)
    {
        ArgumentNullException.ThrowIfNull(app);
        var customerId = await app.WithScopeAsync(async s => (await s.GetRequiredService<CustomerService>().CreateAsync(
            TestCustomers.FrenchCompany(code, $"Client {code} SARL", "2 rue du Test", "69001", "Lyon"), CancellationToken.None)).Id);
        var (invoiceId, draftId) = await app.WithScopeAsync(async s =>
        {
            var invoices = s.GetRequiredService<InvoiceService>();
            var issued = await invoices.CreateDraftAsync(TwoLines(customerId), Biller, CancellationToken.None);
            var draft = await invoices.CreateDraftAsync(TwoLines(customerId), Biller, CancellationToken.None);
            return ((await invoices.FinalizeAsync(issued.Id, Biller, CancellationToken.None)).Id, draft.Id);
        });
        var dossierId = await app.WithScopeAsync(async s => (await s.GetRequiredService<DossierService>().CreateAsync(new DossierInput
        {
            CustomerId = customerId,
            Name = "Rénovation du local",
            Lines = [new InvoiceLineInput { Description = "Pose de cloisons", Quantity = 3, Unit = "u", UnitPrice = 100m, TaxCode = "TVA20", GlAccount = "706000" }],
        }, CancellationToken.None)).Id);
        return new SamplePages(customerId, invoiceId, draftId, dossierId);
    }

    private static InvoiceInput TwoLines(int customerId) => new()
    {
        CustomerId = customerId,
        PaymentTermsDays = 30,
        Lines =
        [
            new InvoiceLineInput { Description = "Installation du poste de travail", Quantity = 2, Unit = "h", UnitPrice = 75m, TaxCode = "TVA20", GlAccount = "706000" },
            new InvoiceLineInput { Description = "Licence annuelle", Quantity = 1, UnitPrice = 480m, TaxCode = "TVA20", GlAccount = "706000" },
        ],
    };

    /// <summary>A fresh browser context signed in as an administrator who also bills (every menu entry shows).</summary>
    public static async Task<IPage> SignedInPageAsync(BrowserSession session, int width = 1440, int height = 900)
    {
        ArgumentNullException.ThrowIfNull(session);
        var user = await session.App.CreateUserAsync(Roles.Admin, Roles.BillingManager, Roles.Accountant);
        var page = await session.SignedInPageAsync(user);

        // Resized once signed in: on a phone the navbar (and its user menu) folds behind the toggler.
        await page.SetViewportSizeAsync(width, height);
        return page;
    }
}
