using Facturation.Application.Audit;
using Facturation.Application.Companies;
using Facturation.Application.Corrections;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing;
using Facturation.Application.Numbering;
using Facturation.Application.Payments;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Domain.Payments;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Audit;

/// <summary>Every legally significant use case appends its entry to one intact chain, on SQLite and PostgreSQL.</summary>
public sealed class AuditJournalTests
{
    [Fact]
    public async Task Sqlite_each_event_kind_is_chained_and_the_chain_verifies()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertEveryEventIsChainedAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_each_event_kind_is_chained_and_the_chain_verifies()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertEveryEventIsChainedAsync(database);
    }

    [Fact]
    public async Task Sqlite_a_refused_finalization_appends_nothing()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var customerId = await database.WithDbAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());
        var empty = (await database.CreateDraftsAsync(1, _ => new InvoiceInput { CustomerId = customerId, Lines = [] })).Single();

        await using var scope = database.NewInstance();
        await Assert.ThrowsAsync<Facturation.Domain.Common.DomainException>(() => scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(empty, InvoicingDatabase.Biller, CancellationToken.None));

        Assert.Equal(0, await database.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Sqlite_issued_payload_records_number_customer_totals_per_rate_and_pdf_hash()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = (await database.CreateDraftsAsync(1)).Single();
        await using var scope = database.NewInstance();
        var invoice = await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(id, InvoicingDatabase.Biller, CancellationToken.None);

        var entry = await database.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Event == AuditEvents.InvoiceIssued));
        var archived = await database.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Event == AuditEvents.InvoiceArchived));
        var archive = await database.WithDbAsync(db => db.InvoiceArchives.SingleAsync(a => a.InvoiceId == id));
        var frozen = await database.WithDbAsync(db => db.IssuedSnapshots.Where(s => s.InvoiceId == id).Select(s => s.Json).SingleAsync());
        var payload = CanonicalJson.Parse(entry.Payload);

        Assert.Equal((AuditEvents.InvoiceIssued, invoice.Number, 1L), (entry.Event, entry.DocumentNumber, entry.Sequence));
        Assert.Equal(1, payload["v"]!.GetValue<int>());
        Assert.Equal(invoice.Number, payload["number"]!.GetValue<string>());
        Assert.Equal("DUPONT", payload["customer"]!["code"]!.GetValue<string>());
        Assert.Equal("480.00", payload["totals"]!["gross"]!.GetValue<string>());
        Assert.Equal("20.00", payload["taxes"]![0]!["rate"]!.GetValue<string>());
        Assert.Equal("80.00", payload["taxes"]![0]!["amount"]!.GetValue<string>());
        // The print is frozen by the issued snapshot at the commit; the PDF rendered after it is chained next (ADR-025).
        Assert.Equal(FrozenPrint.Snapshot(frozen).Sha256, payload["snapshotSha256"]!.GetValue<string>());
        Assert.Null(payload["pdfSha256"]);
        Assert.Equal((invoice.Number, 2L), (archived.DocumentNumber, archived.Sequence));
        Assert.Equal(archive.Sha256, CanonicalJson.Parse(archived.Payload)["pdfSha256"]!.GetValue<string>());
        Assert.Equal(AuditChainHead.GenesisHash, entry.PreviousHash);
        Assert.Equal(AuditHash.Compute(entry), entry.Hash);
        Assert.Equal(CanonicalJson.Serialize(payload), entry.Payload);
        Assert.StartsWith("{\"currency\":\"EUR\",\"customer\":{", entry.Payload, StringComparison.Ordinal);
    }

    private static async Task AssertEveryEventIsChainedAsync(InvoicingDatabase database)
    {
        var actor = InvoicingDatabase.Biller;
        var ids = await database.CreateDraftsAsync(4);
        await using var scope = database.NewInstance();
        var services = scope.ServiceProvider;
        var invoices = services.GetRequiredService<InvoiceService>();
        var payments = services.GetRequiredService<PaymentService>();
        var corrections = services.GetRequiredService<CorrectionService>();
        var issued = new List<Invoice>();
        foreach (var id in ids)
        {
            issued.Add(await invoices.FinalizeAsync(id, actor, CancellationToken.None));
        }

        var customerId = issued[0].CustomerId;
        var payment = await payments.ReceiveAsync(Payment(customerId, issued[0].Id, 100m), actor, CancellationToken.None);
        await payments.VoidAsync(payment.Id, "Erreur de saisie", actor, CancellationToken.None);
        var creditNote = await corrections.CreateCreditNoteAsync(issued[1].Id, new CreditNoteInput { Amount = 50m }, actor, CancellationToken.None);
        creditNote = await invoices.FinalizeAsync(creditNote.Id, actor, CancellationToken.None);
        await payments.ApplyCreditAsync(creditNote.Id, new CreditApplicationInput { InvoiceId = issued[1].Id, Amount = 20m }, actor, CancellationToken.None);
        await payments.RefundAsync(creditNote.Id, new RefundInput { Date = CompanyDates.Today, Method = PaymentMethod.Transfer, Amount = 10m }, actor, CancellationToken.None);
        await corrections.CancelAsync(issued[2].Id, "Doublon", actor, CancellationToken.None);
        await corrections.ReplaceAsync(issued[3].Id, "Mauvais client", actor, CancellationToken.None);
        var numbering = services.GetRequiredService<NumberingSeriesService>();
        var series = await services.GetRequiredService<Facturation.Application.Data.FacturationDb>().NumberingSeries.AsNoTracking().SingleAsync(s => s.Kind == SeriesKind.Proforma);
        await numbering.UpdateAsync(series.Id, new NumberingSeriesInput { Mask = "PRO{yyyy}-{00000}", Reset = series.Reset }, CancellationToken.None);
        var settings = services.GetRequiredService<CompanySettingsService>();
        var company = CompanySettingsInput.From(await settings.GetAsync(CancellationToken.None));
        company.LegalName = "Nouvelle Raison Sociale SAS";
        await settings.UpdateAsync(company, CancellationToken.None);
        await services.GetRequiredService<UserAdministrationService>().CreateAsync(new UserInput { Email = "auditee@test.local", DisplayName = "Audité", Roles = [Roles.Accountant] }, CancellationToken.None);

        var all = await database.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync());
        string[] expected =
        [
            AuditEvents.InvoiceIssued, AuditEvents.InvoiceArchived, AuditEvents.InvoiceIssued, AuditEvents.InvoiceArchived,
            AuditEvents.InvoiceIssued, AuditEvents.InvoiceArchived, AuditEvents.InvoiceIssued, AuditEvents.InvoiceArchived,
            AuditEvents.PaymentRecorded, AuditEvents.PaymentVoided, AuditEvents.InvoiceIssued, AuditEvents.InvoiceArchived,
            AuditEvents.CreditApplied, AuditEvents.CreditRefunded,
            AuditEvents.InvoiceIssued, AuditEvents.InvoiceCancelled, AuditEvents.InvoiceReplaced,
            AuditEvents.NumberingChanged, AuditEvents.CompanyIdentityChanged, AuditEvents.UserRolesChanged,
        ];

        // The cancellation's counterpart is issued inside the cancelling transaction, so it is archived later, by its
        // first reader or the archiving job: its `invoice.archived` entry may fall anywhere after the cancellation (seen
        // between two later events on a loaded PostgreSQL run). Every other entry comes in this exact order.
        var cancelled = all.Single(e => e.Event == AuditEvents.InvoiceCancelled);
        var counterpart = all.Last(e => e.Event == AuditEvents.InvoiceIssued).DocumentNumber;
        var late = all.Where(e => e.Sequence > cancelled.Sequence && e.Event == AuditEvents.InvoiceArchived).ToList();
        Assert.All(late, e => Assert.Equal(counterpart, e.DocumentNumber));
        Assert.True(late.Count <= 1, "one archive per document");
        var entries = all.Except(late).ToList();
        Assert.True(expected.SequenceEqual(entries.Select(e => e.Event)), string.Join("\n", all.Select(e => $"{e.Sequence} {e.Event} {e.DocumentNumber}")));
        Assert.Equal(Enumerable.Range(1, all.Count).Select(i => (long)i), all.Select(e => e.Sequence));
        Assert.All(all.Skip(1).Zip(all), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal(issued[0].Number, entries[9].DocumentNumber);
        Assert.Contains("\"reason\":\"Erreur de saisie\"", entries[9].Payload, StringComparison.Ordinal);
        Assert.Contains("\"legalName\":\"Nouvelle Raison Sociale SAS\"", entries[18].Payload, StringComparison.Ordinal);
        Assert.Contains("\"after\":[\"Accountant\"]", entries[19].Payload, StringComparison.Ordinal);

        var verification = await services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.Intact, verification.Summary);
        // The counterpart's archive entry may still arrive between the read above and the verification.
        var verified = late.Count == 0 ? new[] { all.Count, all.Count + 1 } : [all.Count];
        Assert.Contains(verification.Summary, verified.Select(n => $"audit: {n} entries, chain intact"));
    }

    internal static PaymentInput Payment(int customerId, int invoiceId, decimal amount) => new()
    {
        CustomerId = customerId,
        Date = CompanyDates.Today,
        Amount = amount,
        Method = PaymentMethod.Transfer,
        Reference = "VIR-AUDIT",
        Allocations = [new AllocationInput { InvoiceId = invoiceId, Amount = amount }],
    };
}
