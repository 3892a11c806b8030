using System.Text.RegularExpressions;
using Facturation.Application.Common;
using Facturation.Application.Corrections;
using Facturation.Application.Documents;
using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Documents;

/// <summary>
/// Every document kind, issued through the real services on a real SQLite file, then its archived CII and UBL
/// (the bytes /cii and /ubl serve) run through ../shared/validators/einvoice (XSD, EN 16931, Factur-X, BR-FR): 0 fatal.
/// </summary>
public sealed class EInvoiceScenarioTests
{
    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task Multi_rate_invoice_with_discount_offered_option_section_and_comment_is_valid()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = await IssueAsync(database, "DUPONT", MultiRateLines());

        await AssertValidEInvoiceAsync(database, id);
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task Partial_and_total_credit_notes_are_valid()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var firstId = await IssueAsync(database, "DUPONT", MultiRateLines());
        var secondId = await IssueAsync(database, "DUPONT", MultiRateLines());

        var partial = await CreditNoteAsync(database, firstId, new CreditNoteInput { Type = InvoiceType.Corrective, Lines = [new() { Position = 1, Quantity = 20 }, new() { Position = 2, Quantity = 1 }] });
        var total = await CreditNoteAsync(database, secondId, new CreditNoteInput { Type = InvoiceType.Corrective });

        await AssertValidEInvoiceAsync(database, partial);
        await AssertValidEInvoiceAsync(database, total);
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task Cancellation_credit_note_is_valid()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var invoiceId = await IssueAsync(database, "DUPONT", MultiRateLines());
        await using var scope = database.NewInstance();

        var (_, counterpart) = await scope.ServiceProvider.GetRequiredService<CorrectionService>().CancelAsync(invoiceId, "Erreur de client", InvoicingDatabase.Biller, default);

        await AssertValidEInvoiceAsync(database, counterpart.Id);
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task Deposit_situation_and_final_balance_are_valid()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var dossierId = await AcceptedDossierAsync(database);
        await using var scope = database.NewInstance();
        var billing = scope.ServiceProvider.GetRequiredService<DossierBillingService>();
        var invoices = scope.ServiceProvider.GetRequiredService<InvoiceService>();
        var lineIds = await database.WithDbAsync(db => db.Dossiers.Where(d => d.Id == dossierId).SelectMany(d => d.Lines).OrderBy(l => l.Position).Select(l => l.Id).ToListAsync());

        var deposit = await invoices.FinalizeAsync((await billing.CreateDepositAsync(dossierId, new DepositInput { Percent = 30 }, InvoicingDatabase.Biller, default)).Id, InvoicingDatabase.Biller, default);
        var situation = await invoices.FinalizeAsync(
            (await billing.CreateSituationAsync(dossierId, new SituationInput { Lines = [new() { DossierLineId = lineIds[0], Percent = 60 }, new() { DossierLineId = lineIds[1], Percent = 33.3333m }], DepositDeduction = DepositDeduction.Progressive }, InvoicingDatabase.Biller, default)).Id,
            InvoicingDatabase.Biller,
            default);
        var balance = await invoices.FinalizeAsync((await billing.CreateBalanceAsync(dossierId, InvoicingDatabase.Biller, default)).Id, InvoicingDatabase.Biller, default);

        await AssertValidEInvoiceAsync(database, deposit.Id);
        await AssertValidEInvoiceAsync(database, situation.Id);
        await AssertValidEInvoiceAsync(database, balance.Id);
        var balanceCii = await XmlTextAsync(database, balance.Id, InvoiceXmlSyntax.Cii);
        Assert.Contains($"<ram:IssuerAssignedID>{deposit.Number}</ram:IssuerAssignedID>", balanceCii, StringComparison.Ordinal);
        Assert.Matches("<ram:ID>[BSM]4</ram:ID>", balanceCii);
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task Franchise_invoice_states_article_293_B_and_is_valid()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = await IssueAsync(database, "DUPONT", [Item("Prestation de conseil", 2, 450m, "TVA0")]);

        await AssertValidEInvoiceAsync(database, id);
        var cii = await XmlTextAsync(database, id, InvoiceXmlSyntax.Cii);
        Assert.Contains("<ram:ExemptionReasonCode>VATEX-FR-FRANCHISE</ram:ExemptionReasonCode>", cii, StringComparison.Ordinal);
        Assert.Contains("293 B", cii, StringComparison.Ordinal);
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task Reverse_charge_invoice_states_autoliquidation_and_is_valid()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = await IssueAsync(database, "DUPONT", [Item("Travaux de sous-traitance", 1, 3200m, "AUTOLIQ")]);

        await AssertValidEInvoiceAsync(database, id);
        Assert.Contains("<ram:CategoryCode>AE</ram:CategoryCode>", await XmlTextAsync(database, id, InvoiceXmlSyntax.Cii), StringComparison.Ordinal);
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task Intra_community_invoice_carries_the_buyer_vat_id_and_is_valid()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = await IssueAsync(database, "WEBER-DE", [Item("Affiches A2", 500, 1.2m, "UE", "707000")]);

        await AssertValidEInvoiceAsync(database, id);
        var ubl = await XmlTextAsync(database, id, InvoiceXmlSyntax.Ubl);
        Assert.Contains("<cbc:CompanyID>DE129273398</cbc:CompanyID>", ubl, StringComparison.Ordinal);
        Assert.Contains("<cbc:ID>K</cbc:ID>", ubl, StringComparison.Ordinal);
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task Replacement_invoice_is_a_valid_384_naming_the_replaced_invoice()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var replacedId = await IssueAsync(database, "DUPONT", MultiRateLines());
        await using var scope = database.NewInstance();
        var draft = await scope.ServiceProvider.GetRequiredService<CorrectionService>().ReplaceAsync(replacedId, "Mauvaise quantité", InvoicingDatabase.Biller, default);
        var replacement = await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(draft.Id, InvoicingDatabase.Biller, default);
        var replaced = await scope.ServiceProvider.GetRequiredService<InvoiceService>().GetAsync(replacedId, default);

        await AssertValidEInvoiceAsync(database, replacement.Id);
        var cii = await XmlTextAsync(database, replacement.Id, InvoiceXmlSyntax.Cii);
        var ubl = await XmlTextAsync(database, replacement.Id, InvoiceXmlSyntax.Ubl);
        Assert.Contains("<ram:TypeCode>384</ram:TypeCode>", cii, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(cii, "<ram:InvoiceReferencedDocument>"));
        Assert.Contains($"<ram:IssuerAssignedID>{replaced.Number}</ram:IssuerAssignedID>", cii, StringComparison.Ordinal);
        Assert.Contains("<cbc:InvoiceTypeCode>384</cbc:InvoiceTypeCode>", ubl, StringComparison.Ordinal);
        Assert.Matches($"<cac:BillingReference>\\s*<cac:InvoiceDocumentReference>\\s*<cbc:ID>{replaced.Number}</cbc:ID>", ubl);
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task Penalty_invoice_on_an_overdue_invoice_is_valid_and_names_it()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        database.Clock.SetDay(today);
        var customerId = await database.WithDbAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());
        var overdueId = (await database.CreateDraftsAsync(1, _ => new InvoiceInput { CustomerId = customerId, PaymentTermsDays = 0, Lines = MultiRateLines() })).Single();
        var overdue = await database.FinalizeAsync(overdueId);
        database.Clock.SetDay(today.AddDays(45));
        await using var scope = database.NewInstance();
        var draft = await scope.ServiceProvider.GetRequiredService<CorrectionService>().CreatePenaltyAsync(overdueId, InvoicingDatabase.Biller, default);
        var penalty = await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(draft.Id, InvoicingDatabase.Biller, default);

        await AssertValidEInvoiceAsync(database, penalty.Id);
        var cii = await XmlTextAsync(database, penalty.Id, InvoiceXmlSyntax.Cii);
        Assert.Contains("<ram:TypeCode>380</ram:TypeCode>", cii, StringComparison.Ordinal);
        Assert.Contains($"<ram:IssuerAssignedID>{overdue.Number}</ram:IssuerAssignedID>", cii, StringComparison.Ordinal);
        Assert.Contains("Indemnité forfaitaire pour frais de recouvrement", cii, StringComparison.Ordinal);
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task Document_delivery_address_is_printed_and_sent_as_ship_to_and_valid()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var delivery = new AddressInput { Line1 = "Chantier Part-Dieu, quai 4", PostalCode = "69003", City = "Lyon", Country = "FR" };
        var id = await IssueAsync(database, "DUPONT", MultiRateLines(), delivery);

        await AssertValidEInvoiceAsync(database, id);
        var cii = await XmlTextAsync(database, id, InvoiceXmlSyntax.Cii);
        var ubl = await XmlTextAsync(database, id, InvoiceXmlSyntax.Ubl);
        Assert.Matches("<ram:ShipToTradeParty>\\s*<ram:Name>Dupont Imprimerie</ram:Name>\\s*<ram:PostalTradeAddress>\\s*<ram:PostcodeCode>69003</ram:PostcodeCode>\\s*<ram:LineOne>Chantier Part-Dieu, quai 4</ram:LineOne>", cii);
        Assert.Matches("<cac:DeliveryLocation>\\s*<cac:Address>\\s*<cbc:StreetName>Chantier Part-Dieu, quai 4</cbc:StreetName>", ubl);
        Assert.DoesNotContain("Plaisir", cii, StringComparison.Ordinal);
        var (_, pdf) = await database.ArchivedPdfAsync(id);
        var text = await PdfText.ExtractTextAsync(pdf);
        Assert.Contains("Adresse de livraison", text, StringComparison.Ordinal);
        Assert.Contains("Chantier Part-Dieu, quai 4", text, StringComparison.Ordinal);
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task French_company_buyer_is_identified_by_its_siren_in_pdf_cii_and_ubl()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = await IssueAsync(database, "BOISVERT", [Item("Conseil", 1, 500m, "TVA20")]);

        var cii = await XmlTextAsync(database, id, InvoiceXmlSyntax.Cii);
        var ubl = await XmlTextAsync(database, id, InvoiceXmlSyntax.Ubl);
        Assert.Matches("<ram:BuyerTradeParty>(?:(?!</ram:BuyerTradeParty>).)*<ram:SpecifiedLegalOrganization>\\s*<ram:ID schemeID=\"0002\">512987348</ram:ID>", cii.ReplaceLineEndings(" "));
        Assert.Matches("<cac:AccountingCustomerParty>(?:(?!</cac:AccountingCustomerParty>).)*<cbc:CompanyID schemeID=\"0002\">512987348</cbc:CompanyID>", ubl.ReplaceLineEndings(" "));
        var (_, pdf) = await database.ArchivedPdfAsync(id);
        Assert.Contains("SIREN : 512987348", await PdfText.ExtractTextAsync(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archived_cii_is_what_the_producer_writes_for_the_document()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = await IssueAsync(database, "DUPONT", MultiRateLines());
        await using var scope = database.NewInstance();
        var invoice = await scope.ServiceProvider.GetRequiredService<InvoiceService>().GetAsync(id, default);

        var snapshot = await scope.ServiceProvider.GetRequiredService<InvoiceSnapshotBuilder>().BuildAsync(invoice, default);
        var regenerated = scope.ServiceProvider.GetRequiredService<IEInvoiceXmlSource>().CiiFor(invoice, snapshot);

        var archived = await scope.ServiceProvider.GetRequiredService<InvoiceXmlService>().GetAsync(id, InvoiceXmlSyntax.Cii, default);
        Assert.Equal(archived.Content, regenerated);
        Assert.Equal(InvoiceArchive.Hash(archived.Content), archived.Sha256);
    }

    [Fact]
    public async Task Draft_has_no_e_invoice()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = (await database.CreateDraftsAsync(1)).Single();
        await using var scope = database.NewInstance();

        var refused = await Assert.ThrowsAsync<DomainException>(() => scope.ServiceProvider.GetRequiredService<InvoiceXmlService>().GetAsync(id, InvoiceXmlSyntax.Cii, default));

        Assert.Equal((DomainErrorKind.Conflict, "einvoice.draft"), (refused.Kind, refused.Code));
    }

    [Fact]
    public async Task Quebec_document_has_no_e_invoice_and_says_why()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = await IssueAsync(database, "MTL-CAFE", [Item("Service traiteur", 1, 500m, "QC")]);
        await using var scope = database.NewInstance();

        var refused = await Assert.ThrowsAsync<DomainException>(() => scope.ServiceProvider.GetRequiredService<InvoiceXmlService>().GetAsync(id, InvoiceXmlSyntax.Ubl, default));

        Assert.Equal((DomainErrorKind.Conflict, EInvoiceScope.QuebecReason), (refused.Kind, refused.Message));
        Assert.False(await database.WithDbAsync(db => db.InvoiceXmlArchives.AnyAsync(a => a.InvoiceId == id)));
    }

    [ServiceFact(TestService.Postgres, TestService.EInvoiceValidator)]
    public async Task PostgreSql_finalization_archives_a_valid_cii_and_ubl()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        var id = await IssueAsync(database, "DUPONT", MultiRateLines());

        Assert.Equal(2, await database.WithDbAsync(db => db.InvoiceXmlArchives.CountAsync(a => a.InvoiceId == id)));
        await AssertValidEInvoiceAsync(database, id);
    }

    /// <summary>
    /// The one check every scenario ends with: the archived Factur-X PDF, CII and UBL pass the French profile with
    /// 0 fatal, and the CII embedded in the PDF is byte for byte the archived one that /cii serves.
    /// </summary>
    private static async Task AssertValidEInvoiceAsync(InvoicingDatabase database, int invoiceId)
    {
        var cii = await XmlAsync(database, invoiceId, InvoiceXmlSyntax.Cii);
        var ubl = await XmlAsync(database, invoiceId, InvoiceXmlSyntax.Ubl);
        var (_, pdf) = await database.ArchivedPdfAsync(invoiceId);
        var results = await Task.WhenAll(
            ValidateAsync("CII", cii.FileName, cii.Content),
            ValidateAsync("UBL", ubl.FileName, ubl.Content),
            ValidateAsync("Factur-X PDF", "facturx.pdf", pdf));
        foreach (var (label, validation) in results)
        {
            Assert.True(validation.FatalCount == 0, $"{label}: {validation.FatalCount} fatal\n{validation.Output}");
        }

        Assert.Equal(cii.Content, await Qpdf.AttachmentAsync(pdf, "factur-x.xml"));
    }

    private static async Task<(string Label, EInvoiceValidation Validation)> ValidateAsync(string label, string fileName, byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"einvoice-{Guid.NewGuid():N}-{fileName}");
        await File.WriteAllBytesAsync(path, content);
        try
        {
            return (label, await EInvoiceValidator.ValidateAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<InvoiceXml> XmlAsync(InvoicingDatabase database, int invoiceId, InvoiceXmlSyntax syntax)
    {
        await using var scope = database.NewInstance();
        return await scope.ServiceProvider.GetRequiredService<InvoiceXmlService>().GetAsync(invoiceId, syntax, default);
    }

    private static async Task<string> XmlTextAsync(InvoicingDatabase database, int invoiceId, InvoiceXmlSyntax syntax) =>
        System.Text.Encoding.UTF8.GetString((await XmlAsync(database, invoiceId, syntax)).Content);

    private static InvoiceLineInput Item(string description, decimal quantity, decimal price, string taxCode, string? account = null, decimal discount = 0m, string? unit = null) =>
        new() { Description = description, Quantity = quantity, UnitPrice = price, TaxCode = taxCode, GlAccount = account, DiscountPercent = discount, Unit = unit };

    private static List<InvoiceLineInput> MultiRateLines() =>
    [
        new() { Kind = LineKind.Section, Description = "Impression" },
        Item("Affiches A2 quadri", 150, 12.5m, "TVA20", "707000", discount: 7.5m, unit: "u"),
        Item("Livre relié", 3, 24.9m, "TVA10", "707000", unit: "u"),
        Item("Livre relié (offert)", 1, 24.9m, "TVA10", "707000", discount: 100m, unit: "u"),
        Item("Option : vernis sélectif", 0, 80m, "TVA20", "707000"),
        new() { Kind = LineKind.Section, Description = "Accompagnement" },
        Item("Journée de conseil", 1.5m, 750m, "TVA20", "706000", unit: "jour"),
        Item("Brochure prévention", 40, 3.333m, "TVA5.5", "707000"),
        new() { Kind = LineKind.Comment, Description = "Livraison sous huit jours à l'adresse de livraison." },
    ];

    private static async Task<int> IssueAsync(InvoicingDatabase database, string customerCode, List<InvoiceLineInput> lines, AddressInput? deliveryAddress = null)
    {
        var customerId = await database.WithDbAsync(db => db.Customers.Where(c => c.Code == customerCode).Select(c => c.Id).SingleAsync());
        var id = (await database.CreateDraftsAsync(1, _ => new InvoiceInput { CustomerId = customerId, Reference = "BC-2026-117", Lines = lines, DeliveryAddress = deliveryAddress })).Single();
        await using var scope = database.NewInstance();
        return (await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(id, InvoicingDatabase.Biller, default)).Id;
    }

    private static async Task<int> CreditNoteAsync(InvoicingDatabase database, int invoiceId, CreditNoteInput input)
    {
        await using var scope = database.NewInstance();
        var draft = await scope.ServiceProvider.GetRequiredService<CorrectionService>().CreateCreditNoteAsync(invoiceId, input, InvoicingDatabase.Biller, default);
        return (await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(draft.Id, InvoicingDatabase.Biller, default)).Id;
    }

    private static async Task<int> AcceptedDossierAsync(InvoicingDatabase database)
    {
        var customerId = await database.WithDbAsync(db => db.Customers.Where(c => c.Code == "BOISVERT").Select(c => c.Id).SingleAsync());
        await using var scope = database.NewInstance();
        var dossiers = scope.ServiceProvider.GetRequiredService<DossierService>();
        var input = new DossierInput
        {
            CustomerId = customerId,
            Name = "Agencement boutique",
            Lines = [Item("Menuiserie sur mesure", 1, 8400m, "TVA20", "706000"), Item("Fourniture bois", 12, 137.45m, "TVA10", "707000")],
        };
        var dossier = await dossiers.CreateAsync(input, default);
        await dossiers.AcceptAsync(dossier.Id, new AcceptDossierInput { Reference = "Devis signé" }, default);
        return dossier.Id;
    }
}
