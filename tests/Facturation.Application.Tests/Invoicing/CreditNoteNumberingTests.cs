using System.Globalization;
using Facturation.Application.Corrections;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>
/// The credit-note series (AV) is gap-free like invoices: credit notes finalized in parallel with cancellations
/// (which issue their credit note inside their own transaction) take consecutive numbers.
/// </summary>
public sealed class CreditNoteNumberingTests
{
    [Fact]
    public async Task Sqlite_parallel_credit_notes_and_cancellations_take_consecutive_AV_numbers()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertConsecutiveCreditNoteNumbersAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_parallel_credit_notes_and_cancellations_take_consecutive_AV_numbers()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertConsecutiveCreditNoteNumbersAsync(database);
    }

    private static async Task AssertConsecutiveCreditNoteNumbersAsync(InvoicingDatabase database)
    {
        var creditNotes = await database.CreateDraftsAsync(15, customer => ManualCreditNote(customer));
        var invoices = await database.CreateDraftsAsync(10);
        foreach (var id in invoices)
        {
            await using var scope = database.NewInstance();
            await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(id, InvoicingDatabase.Biller, CancellationToken.None);
        }

        await Task.WhenAll(
            creditNotes.Select(id => RunAsync(database, s => s.GetRequiredService<InvoiceService>().FinalizeAsync(id, InvoicingDatabase.Biller, CancellationToken.None)))
                .Concat(invoices.Select(id => RunAsync(database, s => s.GetRequiredService<CorrectionService>().CancelAsync(id, "Test", InvoicingDatabase.Biller, CancellationToken.None)))));

        var numbers = await database.WithDbAsync(db => db.Invoices.Where(i => i.Kind == InvoiceKind.CreditNote).Select(i => i.Number!).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 25), numbers.Select(Counter).Order());
        Assert.All(numbers, n => Assert.StartsWith("AV", n, StringComparison.Ordinal));
        var cancelled = await database.WithDbAsync(db => db.Invoices.CountAsync(i => invoices.Contains(i.Id) && i.Status == InvoiceStatus.Cancelled && i.CancelledById != null));
        Assert.Equal(10, cancelled);
    }

    private static async Task RunAsync<T>(InvoicingDatabase database, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = database.NewInstance();
        await Task.Yield();
        await action(scope.ServiceProvider);
    }

    private static InvoiceInput ManualCreditNote(int customerId)
    {
        var input = InvoicingDatabase.DraftInput(customerId);
        input.Kind = InvoiceKind.CreditNote;
        input.Type = InvoiceType.Manual;
        return input;
    }

    private static int Counter(string number) => int.Parse(number[(number.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
}
