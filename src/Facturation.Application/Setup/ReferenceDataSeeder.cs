using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Domain.Accounting;
using Facturation.Domain.Catalog;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Numbering;
using Facturation.Domain.Taxes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Setup;

/// <summary>
/// First run only (no company yet): every install gets the French VAT rates, the Québec TPS+TVQ code and a
/// minimal chart of accounts; with <see cref="SetupOptions.SeedDemoData"/> it also gets a demo company,
/// customers with contacts, products and one demo user per non-admin role (generated passwords, printed once).
/// </summary>
public sealed class ReferenceDataSeeder(FacturationDb db, UserManager<AppUser> users, IOptions<SetupOptions> options, IOperatorConsole console, DemoInvoiceSeeder demoInvoices)
{
    /// <summary>
    /// Every series exists with its default mask; run at each start so an upgrade gets new series too. As in
    /// Dolibarr, the default counter runs on without reset ("sans rupture et sans remise à 0"); yearly or
    /// monthly resets are a choice on the numbering screen.
    /// </summary>
    public async Task EnsureNumberingSeriesAsync(CancellationToken ct)
    {
        var existing = await db.NumberingSeries.Select(s => s.Kind).ToListAsync(ct);
        foreach (var kind in Enum.GetValues<SeriesKind>().Except(existing))
        {
            db.NumberingSeries.Add(new NumberingSeries(kind, NumberingSeries.DefaultMask(kind), ResetPolicy.Never));
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task SeedOnFirstRunAsync(CancellationToken ct)
    {
        if (await db.Companies.AnyAsync(ct))
        {
            return;
        }

        var demo = options.Value.SeedDemoData;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Companies.Add(demo ? DemoCompany() : new Company("Ma société"));
        var taxCodes = TaxCodes();
        var accounts = GlAccounts();
        db.TaxCodes.AddRange(taxCodes);
        db.GlAccounts.AddRange(accounts);
        await db.SaveChangesAsync(ct);
        if (demo)
        {
            db.Customers.AddRange(DemoCustomers());
            db.Products.AddRange(DemoProducts(taxCodes, accounts));
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        if (demo)
        {
            await CreateDemoUserAsync(DemoInvoiceSeeder.DemoBiller, "Camille Martin", Roles.BillingManager);
            await CreateDemoUserAsync("compta@facturation.local", "Louis Bernard", Roles.Accountant);
            if (options.Value.SeedDemoInvoices)
            {
                // Once: a restart finds the company and returns above, whether this completed or not.
                await demoInvoices.SeedAsync(ct);
            }
        }
    }

    private async Task CreateDemoUserAsync(string email, string name, string role)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var password = PasswordGenerator.Generate();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, MustChangePassword = true };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            await users.AddToRoleAsync(user, role);
            console.WriteLine($"Utilisateur de démonstration {Roles.Label(role)} : {email} / {password} (à changer à la première connexion)");
        }
    }

    private static Company DemoCompany()
    {
        var company = new Company("Atelier Lumière");
        company.UpdateIdentity(new CompanyIdentity(
            "Atelier Lumière", "SARL", 20000m, "884123456", "88412345600011", "Lyon", "FR52884123456",
            null, null, null,
            new PostalAddress("12 rue de la République", null, "69002", "Lyon", "FR"),
            "contact@atelier-lumiere.example", "04 72 00 00 00", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP",
            ElectronicAddress: "884123456"));
        company.UpdateBillingDefaults(new BillingDefaults(
            30, 12.5m, Company.DefaultRecoveryIndemnityMention,
            "Merci de votre confiance. Règlement par virement à réception de facture.", Currency.EUR, false));
        return company;
    }

    private static List<TaxCode> TaxCodes() =>
    [
        new("TVA20", "TVA 20 %", [new TaxComponent("TVA", 20m)], null),
        new("TVA10", "TVA 10 %", [new TaxComponent("TVA", 10m)], null),
        new("TVA5.5", "TVA 5,5 %", [new TaxComponent("TVA", 5.5m)], null),
        new("TVA2.1", "TVA 2,1 %", [new TaxComponent("TVA", 2.1m)], null),
        new("TVA0", "Exonéré de TVA", [new TaxComponent("TVA", 0m)], "TVA non applicable, art. 293 B du CGI", VatCategory.E, "VATEX-FR-FRANCHISE"),
        new("AUTOLIQ", "Autoliquidation", [new TaxComponent("TVA", 0m)], "Autoliquidation : TVA due par le preneur (art. 283-2 nonies du CGI)", VatCategory.AE, "VATEX-FR-AE"),
        new("UE", "Livraison intracommunautaire", [new TaxComponent("TVA", 0m)], "Exonération de TVA, art. 262 ter I du CGI", VatCategory.K, "VATEX-EU-IC"),
        new("EXPORT", "Exportation hors UE", [new TaxComponent("TVA", 0m)], "Exonération de TVA, art. 262 I du CGI", VatCategory.G, "VATEX-EU-G"),
        new("QC", "TPS + TVQ (Québec)", [new TaxComponent("TPS", 5m), new TaxComponent("TVQ", 9.975m)], null),
    ];

    private static List<GlAccount> GlAccounts() =>
    [
        new("706000", "Prestations de services", GlAccountKind.Revenue),
        new("707000", "Ventes de marchandises", GlAccountKind.Revenue),
        new("708500", "Ports et frais accessoires facturés", GlAccountKind.Revenue),
        new("445710", "TVA collectée", GlAccountKind.VatCollected),
        new("411000", "Clients", GlAccountKind.Receivable),
    ];

    private static IEnumerable<Customer> DemoCustomers()
    {
        yield return new Customer(
            new CustomerProfile("DUPONT", "Dupont Imprimerie", CustomerKind.Company, "492318761", "FR54492318761", null,
                "compta@dupont-imprimerie.example", "01 45 00 00 01",
                new PostalAddress("8 avenue des Ternes", null, "75017", "Paris", "FR"),
                new PostalAddress("ZI des Gâtines, bâtiment C", null, "78370", "Plaisir", "FR"), 45, 0m, null, "492318761"),
            [
                new ContactDetails(null, "Sophie Dupont", "sophie.dupont@dupont-imprimerie.example", "01 45 00 00 02", "Directrice administrative", true, false),
                new ContactDetails(null, "Marc Leroy", "marc.leroy@dupont-imprimerie.example", null, "Acheteur", false, true),
            ]);
        yield return new Customer(
            new CustomerProfile("BOISVERT", "Menuiserie Boisvert", CustomerKind.Company, "512987348", "FR20512987348", null,
                "contact@boisvert.example", null,
                new PostalAddress("3 chemin du Moulin", null, "38000", "Grenoble", "FR"), null, null, 5m, "Client historique : remise de 5 %.", "512987348"),
            [new ContactDetails(null, "Julien Boisvert", "julien@boisvert.example", "06 12 34 56 78", "Gérant", true, false)]);
        yield return new Customer(
            new CustomerProfile("MTL-CAFE", "Café Saint-Laurent inc.", CustomerKind.Company, null, null, "TPS 123456789 RT0001 / TVQ 1234567890 TQ0001",
                "factures@cafe-st-laurent.example", "+1 514 555 0101",
                new PostalAddress("4321 boulevard Saint-Laurent", null, "H2W 1Z8", "Montréal", "CA"), null, 30, 0m, null),
            [new ContactDetails(null, "Émilie Tremblay", "emilie@cafe-st-laurent.example", null, "Propriétaire", true, false)]);
        yield return new Customer(
            new CustomerProfile("PART-MOREAU", "Claire Moreau", CustomerKind.Individual, null, null, null,
                "claire.moreau@example.org", null,
                new PostalAddress("27 rue des Lilas", "Appartement 4", "69003", "Lyon", "FR"), null, 0, 0m, null),
            [new ContactDetails(null, "Claire Moreau", "claire.moreau@example.org", null, null, true, false)]);
        yield return new Customer(
            new CustomerProfile("WEBER-DE", "Druckerei Weber GmbH", CustomerKind.Foreign, null, "DE129273398", null,
                "rechnung@weber-druck.example", null,
                new PostalAddress("Hauptstraße 12", null, "10115", "Berlin", "DE"), null, 30, 0m, "Client allemand : livraisons intracommunautaires (code UE)."),
            [new ContactDetails(null, "Anna Weber", "anna@weber-druck.example", null, "Einkauf", true, false)]);
    }

    private static IEnumerable<Product> DemoProducts(List<TaxCode> taxCodes, List<GlAccount> accounts)
    {
        var vat20 = taxCodes.Single(t => t.Code == "TVA20").Id;
        var vat10 = taxCodes.Single(t => t.Code == "TVA10").Id;
        var services = accounts.Single(a => a.Number == "706000").Id;
        var goods = accounts.Single(a => a.Number == "707000").Id;
        yield return new Product(new ProductDetails("CONSEIL-J", "Journée de conseil", "Accompagnement sur site, 7 heures.", "jour", 750m, 320m, vat20, services));
        yield return new Product(new ProductDetails("DEV-H", "Développement", "Développement logiciel au temps passé.", "heure", 85m, 40m, vat20, services));
        yield return new Product(new ProductDetails("AFFICHE-A2", "Affiche A2 quadri", "Impression quadrichromie, papier couché 170 g.", "u", 12.5m, 4.1m, vat20, goods));
        yield return new Product(new ProductDetails("LIVRE", "Livre relié", "Ouvrage relié, TVA réduite.", "u", 24.9m, 11m, vat10, goods));
        yield return new Product(new ProductDetails("LIVRAISON", "Frais de livraison", null, "forfait", 15m, null, vat20, accounts.Single(a => a.Number == "708500").Id));
    }
}
