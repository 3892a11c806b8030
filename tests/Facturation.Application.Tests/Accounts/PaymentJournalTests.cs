using Facturation.Application.Payments.Journal;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Payments;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Accounts;

/// <summary>Payments journal filters and totals, and cheque remittance slips (a cheque on one slip only, even when two race), on SQLite and PostgreSQL.</summary>
public sealed class PaymentJournalTests
{
    [Fact]
    public async Task Sqlite_journal_totals_cover_every_filtered_row_and_a_cheque_goes_on_one_slip_only()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertJournalAndSlipsAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_journal_totals_cover_every_filtered_row_and_a_cheque_goes_on_one_slip_only()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertJournalAndSlipsAsync(database);
    }

    [Fact]
    public async Task Slip_refuses_a_transfer_a_voided_cheque_and_an_empty_selection_and_writes_nothing()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var scenario = await AccountScenario.CreateAsync(database);
        var journal = await database.WithAsync<PaymentJournalService, PaymentJournalPage>(s => s.PageAsync(new PaymentJournalQuery(CustomerId: scenario.CustomerId), CancellationToken.None));
        var transfer = journal.Rows.Items.Single(r => r.Method == PaymentMethod.Transfer && r.Direction == PaymentDirection.Received).Id;
        var voidedCheque = await AccountScenario.PayAsync(database, scenario.CustomerId, scenario.Invoices[4], 30m, PaymentMethod.Cheque, "999");
        await database.WithAsync<Facturation.Application.Payments.PaymentService, Payment>(s => s.VoidAsync(voidedCheque, "Chèque sans provision", InvoicingDatabase.Biller, CancellationToken.None));

        var notCheque = await Assert.ThrowsAsync<DomainException>(() => CreateAsync(database, [scenario.ChequeId, transfer]));
        var voided = await Assert.ThrowsAsync<DomainException>(() => CreateAsync(database, [voidedCheque]));
        var empty = await Assert.ThrowsAsync<DomainException>(() => CreateAsync(database, []));

        Assert.Equal($"Le règlement n° {transfer} n'est pas un chèque reçu.", notCheque.Message);
        Assert.Equal($"Le règlement n° {voidedCheque} est annulé : il ne peut pas être remis en banque.", voided.Message);
        Assert.Equal(("paymentIds", "paymentIds"), (empty.Field, notCheque.Field));
        Assert.Equal(0, await database.WithDbAsync(db => db.ChequeRemittances.CountAsync()));
    }

    private static Task<ChequeRemittance> CreateAsync(InvoicingDatabase database, int[] ids) =>
        database.WithAsync<ChequeRemittanceService, ChequeRemittance>(s => s.CreateAsync(ids, null, InvoicingDatabase.Biller, CancellationToken.None));

    private static async Task AssertJournalAndSlipsAsync(InvoicingDatabase database)
    {
        var scenario = await AccountScenario.CreateAsync(database);

        var all = await database.WithAsync<PaymentJournalService, PaymentJournalPage>(s => s.PageAsync(new PaymentJournalQuery(CustomerId: scenario.CustomerId, PageSize: 1), CancellationToken.None));
        var pages = new List<PaymentJournalRow>();
        for (var page = 1; page <= all.Rows.PageCount; page++)
        {
            var current = page;
            pages.AddRange((await database.WithAsync<PaymentJournalService, PaymentJournalPage>(s => s.PageAsync(new PaymentJournalQuery(CustomerId: scenario.CustomerId, Page: current, PageSize: 1), CancellationToken.None))).Rows.Items);
        }

        // Cheque 400, transfer 100, card 50 (voided), refund 10: totals over all four rows, whatever the page size.
        Assert.Equal(new PaymentJournalSummary(4, 500m, 10m, 50m), all.Summary);
        Assert.Equal(4, pages.Select(r => r.Id).Distinct().Count());
        Assert.Equal(all.Summary.Received, pages.Where(r => r.Status == PaymentStatus.Recorded && r.Direction == PaymentDirection.Received).Sum(r => r.Amount));

        // The export reads in keyset batches (here one row each, so every step crosses a batch, same-day rows included):
        // the same rows in the same order as the pages.
        var streamed = await database.WithAsync<PaymentJournalService, List<PaymentJournalRow>>(async s =>
            await s.AllAsync(new PaymentJournalQuery(CustomerId: scenario.CustomerId), 1, CancellationToken.None).ToListAsync());
        Assert.Equal(pages.Select(r => r.Id), streamed.Select(r => r.Id));
        Assert.True(streamed.GroupBy(r => r.Date).Any(g => g.Count() > 1), "the scenario has two payments on one day, so the id tie-break is exercised");
        var cheques = await database.WithAsync<PaymentJournalService, PaymentJournalPage>(s => s.PageAsync(new PaymentJournalQuery(Method: PaymentMethod.Cheque, Voided: false), CancellationToken.None));
        Assert.Equal(scenario.ChequeId, Assert.Single(cheques.Rows.Items).Id);
        var voided = await database.WithAsync<PaymentJournalService, PaymentJournalPage>(s => s.PageAsync(new PaymentJournalQuery(Voided: true, From: scenario.Day0, To: scenario.Day0), CancellationToken.None));
        Assert.Equal((1, 50m), (voided.Summary.Count, voided.Summary.Voided));

        // Two instances put the same cheque on a slip at the same moment: one slip, the other refused loudly.
        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(async index =>
        {
            await using var scope = database.NewInstance();
            await Task.Yield();
            try
            {
                var slip = await scope.ServiceProvider.GetRequiredService<ChequeRemittanceService>().CreateAsync([scenario.ChequeId], null, new($"instance-{index}", "Test"), CancellationToken.None);
                return (Slip: (ChequeRemittance?)slip, Error: (DomainException?)null);
            }
            catch (DomainException error)
            {
                return (null, error);
            }
        }));
        var created = Assert.Single(attempts, a => a.Slip is not null).Slip!;
        var refused = Assert.Single(attempts, a => a.Error is not null).Error!;
        Assert.Equal("remittance.already_remitted", refused.Code);
        Assert.Contains($"bordereau {created.Number}", refused.Message, StringComparison.Ordinal);
        Assert.Equal((1, 400m), (created.Count, created.Total));
        Assert.Equal(1, await database.WithDbAsync(db => db.Set<ChequeRemittanceItem>().CountAsync()));

        // The journal shows the slip, and the cheque is no longer offered for one.
        var remitted = await database.WithAsync<PaymentJournalService, PaymentJournalPage>(s => s.PageAsync(new PaymentJournalQuery(Method: PaymentMethod.Cheque), CancellationToken.None));
        Assert.Equal(created.Number, Assert.Single(remitted.Rows.Items).RemittanceNumber);
        var toRemit = await database.WithAsync<PaymentJournalService, PaymentJournalPage>(s => s.PageAsync(new PaymentJournalQuery(Method: PaymentMethod.Cheque, OnSlip: false), CancellationToken.None));
        Assert.Empty(toRemit.Rows.Items);

        // The PDF lists the cheque: drawer, bank, number, amount, count and total.
        var pdf = await database.WithAsync<ChequeRemittanceService, Facturation.Application.Documents.InvoicePdf>(s => s.PdfAsync(created.Id, CancellationToken.None));
        var text = await PdfText.ExtractTextAsync(pdf.Content);
        Assert.Contains("Bordereau de remise de chèques", text, StringComparison.Ordinal);
        Assert.Contains(created.Number, text, StringComparison.Ordinal);
        Assert.Contains("BNP Paribas", text, StringComparison.Ordinal);
        Assert.Contains("1234567", text, StringComparison.Ordinal);
        Assert.Matches(@"Nombre de chèques\s+1", text);
        Assert.Matches(@"Total de la remise\s+400,00 €", text);
    }
}
