using Facturation.Application.Invoicing;
using Facturation.Application.Payments;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Accounts;

/// <summary>
/// One customer's history on a real database, all on <see cref="Day0"/>: five invoices of 480.00 due after 0, 35, 70, 100
/// and 200 days; a 400.00 cheque on the first, a 100.00 transfer on the second, a 50.00 payment on the fourth voided;
/// a 60.00 credit note, 20.00 of it applied to the third and 10.00 refunded. Balance 2400 − 60 − 500 + 10 = 1,850.00.
/// </summary>
internal sealed class AccountScenario
{
    public const decimal Balance = 1850m;

    private AccountScenario(DateOnly day0, int customerId, List<int> invoices, int creditNoteId, int chequeId)
        => (Day0, CustomerId, Invoices, CreditNoteId, ChequeId) = (day0, customerId, invoices, creditNoteId, chequeId);

    public DateOnly Day0 { get; }

    public int CustomerId { get; }

    public IReadOnlyList<int> Invoices { get; }

    public int CreditNoteId { get; }

    public int ChequeId { get; }

    public static async Task<AccountScenario> CreateAsync(InvoicingDatabase database)
    {
        var day0 = DateOnly.FromDateTime(DateTime.UtcNow);
        database.Clock.SetDay(day0);
        int[] terms = [0, 35, 70, 100, 200];
        var next = 0;
        var invoices = await database.CreateDraftsAsync(terms.Length, customerId =>
        {
            var input = InvoicingDatabase.DraftInput(customerId);
            input.PaymentTermsDays = terms[next++];
            return input;
        });
        foreach (var id in invoices)
        {
            await database.FinalizeAsync(id);
        }

        var customerId = await database.WithDbAsync(db => db.Invoices.Where(i => i.Id == invoices[0]).Select(i => i.CustomerId).SingleAsync());
        var creditNote = (await database.CreateDraftsAsync(1, c => new InvoiceInput
        {
            CustomerId = c,
            Kind = InvoiceKind.CreditNote,
            Type = InvoiceType.Manual,
            PaymentTermsDays = 0,
            Lines = [new() { Description = "Geste commercial", Quantity = 1, UnitPrice = 50m, TaxCode = "TVA20" }],
        }))[0];
        await database.FinalizeAsync(creditNote);

        var cheque = await PayAsync(database, customerId, invoices[0], 400m, PaymentMethod.Cheque, "1234567", "BNP Paribas");
        await PayAsync(database, customerId, invoices[1], 100m, PaymentMethod.Transfer);
        var voided = await PayAsync(database, customerId, invoices[3], 50m, PaymentMethod.Card);
        await database.WithAsync<PaymentService, Payment>(s => s.VoidAsync(voided, "Carte refusée", InvoicingDatabase.Biller, CancellationToken.None));
        await database.WithAsync<PaymentService, CreditApplication>(s => s.ApplyCreditAsync(creditNote, new CreditApplicationInput { InvoiceId = invoices[2], Amount = 20m }, InvoicingDatabase.Biller, CancellationToken.None));
        await database.WithAsync<PaymentService, Payment>(s => s.RefundAsync(creditNote, new RefundInput { Date = day0, Amount = 10m, Method = PaymentMethod.Transfer }, InvoicingDatabase.Biller, CancellationToken.None));
        return new AccountScenario(day0, customerId, invoices, creditNote, cheque);
    }

    public static async Task<int> PayAsync(InvoicingDatabase database, int customerId, int invoiceId, decimal amount, PaymentMethod method, string? reference = null, string? bank = null, DateOnly? date = null)
    {
        await using var scope = database.NewInstance();
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        var payment = await scope.ServiceProvider.GetRequiredService<PaymentService>().ReceiveAsync(
            new PaymentInput
            {
                CustomerId = customerId,
                Date = date ?? today,
                Amount = amount,
                Method = method,
                Reference = reference,
                BankAccount = bank,
                Allocations = [new() { InvoiceId = invoiceId, Amount = amount }],
            },
            InvoicingDatabase.Biller,
            CancellationToken.None);
        return payment.Id;
    }
}
