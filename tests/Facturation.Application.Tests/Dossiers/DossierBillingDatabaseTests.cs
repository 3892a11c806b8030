using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Dossiers;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Dossiers;

/// <summary>Billing from a dossier on real databases: the sequence, and concurrent deposits that would exceed the total.</summary>
public sealed class DossierBillingDatabaseTests
{
    [Fact]
    public async Task Sqlite_concurrent_deposits_never_exceed_the_dossier_total()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertOneOfTwoDepositsPassesAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_concurrent_deposits_never_exceed_the_dossier_total()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertOneOfTwoDepositsPassesAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_deposit_situation_and_balance_bill_the_reference_dossier_exactly()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        var id = await AcceptedDossierAsync(database);
        await using var scope = database.NewInstance();
        var billing = scope.ServiceProvider.GetRequiredService<DossierBillingService>();
        var invoices = scope.ServiceProvider.GetRequiredService<InvoiceService>();
        var lineIds = await database.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).SelectMany(d => d.Lines).OrderBy(l => l.Position).Select(l => l.Id).ToListAsync());

        var deposit = await invoices.FinalizeAsync((await billing.CreateDepositAsync(id, new DepositInput { Percent = 30 }, InvoicingDatabase.Biller, default)).Id, InvoicingDatabase.Biller, default);
        var situation = await invoices.FinalizeAsync(
            (await billing.CreateSituationAsync(id, new SituationInput { Lines = [new() { DossierLineId = lineIds[0], Percent = 100 }], DepositDeduction = DepositDeduction.Progressive }, InvoicingDatabase.Biller, default)).Id,
            InvoicingDatabase.Biller,
            default);
        var balance = await invoices.FinalizeAsync((await billing.CreateBalanceAsync(id, InvoicingDatabase.Biller, default)).Id, InvoicingDatabase.Biller, default);

        Assert.Equal([120m, 70m, 210m], new[] { deposit, situation, balance }.Select(i => i.TotalNet));
        var summary = (await scope.ServiceProvider.GetRequiredService<DossierService>().BillingAsync(id, default)).Summary();
        Assert.Equal((120m, 400m, 0m), (summary.BilledDeposits, summary.BilledSituations, summary.Remaining));
    }

    private static async Task AssertOneOfTwoDepositsPassesAsync(InvoicingDatabase database)
    {
        var id = await AcceptedDossierAsync(database);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = database.NewInstance();
            try
            {
                await scope.ServiceProvider.GetRequiredService<DossierBillingService>().CreateDepositAsync(id, new DepositInput { Percent = 60 }, InvoicingDatabase.Biller, default);
                return "created";
            }
            catch (DomainException refused)
            {
                return refused.Code;
            }
        }));

        Assert.Equal(["created", "deposit.exceeds_total"], attempts.Order(StringComparer.Ordinal));
        Assert.Equal(240m, await database.WithDbAsync(db => db.Invoices.Where(i => i.DossierId == id).SumAsync(i => i.TotalNet)));
    }

    private static async Task<int> AcceptedDossierAsync(InvoicingDatabase database)
    {
        var customerId = await database.WithDbAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());
        await using var scope = database.NewInstance();
        var dossiers = scope.ServiceProvider.GetRequiredService<DossierService>();
        var input = new DossierInput { CustomerId = customerId, Name = "Atelier", Lines = InvoicingDatabase.DraftInput(customerId).Lines };
        var dossier = await dossiers.CreateAsync(input, default);
        await dossiers.AcceptAsync(dossier.Id, new AcceptDossierInput { Reference = "Devis signé" }, default);
        return dossier.Id;
    }
}
