using Facturation.Application.Accounts;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Accounts;

/// <summary>The customer account and statement of account read stored amounts, on a real SQLite file and a real PostgreSQL server.</summary>
public sealed class CustomerAccountTests
{
    [Fact]
    public async Task Sqlite_account_running_balance_ageing_credit_and_statement_follow_the_stored_amounts()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertAccountAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_account_running_balance_ageing_credit_and_statement_follow_the_stored_amounts()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertAccountAsync(database);
    }

    [Fact]
    public async Task Statement_period_ending_before_it_starts_is_refused_on_the_to_field()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var customerId = await database.WithDbAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());

        var error = await Assert.ThrowsAsync<DomainException>(() => database.WithAsync<CustomerAccountService, AccountStatement>(
            s => s.StatementAsync(customerId, new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1), CancellationToken.None)));

        Assert.Equal("to", error.Field);
        Assert.Equal("La date de fin doit être postérieure ou égale à la date de début.", error.Message);
    }

    private static async Task AssertAccountAsync(InvoicingDatabase database)
    {
        var scenario = await AccountScenario.CreateAsync(database);
        database.Clock.SetDay(scenario.Day0.AddDays(110));

        var account = await database.WithAsync<CustomerAccountService, CustomerAccount>(s => s.AccountAsync(scenario.CustomerId, 1, 50, CancellationToken.None));

        // The balance is what the stored amounts say: invoices' remaining minus the credit notes' credit left.
        var stored = await database.WithDbAsync(db => db.Invoices.Where(i => i.CustomerId == scenario.CustomerId && i.Status != InvoiceStatus.Draft)
            .Select(i => new { i.Kind, i.Remaining }).ToListAsync());
        Assert.Equal(AccountScenario.Balance, account.Balance);
        Assert.Equal(stored.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.Remaining : i.Remaining), account.Balance);
        Assert.Equal(30m, account.AvailableCredit);

        // 6 documents, the cheque, the transfer and the refund; the voided card payment does not move the account.
        Assert.Equal(9, account.Entries.Total);
        Assert.Equal(AccountScenario.Balance, account.Entries.Items[0].Balance);
        Assert.DoesNotContain(account.Entries.Items, e => e.Kind == AccountEntryKind.Payment && e.Method == PaymentMethod.Card);
        var chronological = account.Entries.Items.Reverse().ToList();
        Assert.Equal(chronological[0].Amount, chronological[0].Balance);
        for (var i = 1; i < chronological.Count; i++)
        {
            Assert.Equal(chronological[i - 1].Balance + chronological[i].Amount, chronological[i].Balance);
        }

        // Paged: page 2 of 4 rows continues page 1's balances.
        var page2 = await database.WithAsync<CustomerAccountService, CustomerAccount>(s => s.AccountAsync(scenario.CustomerId, 2, 4, CancellationToken.None));
        Assert.Equal(account.Entries.Items.Skip(4).Take(4).Select(e => (e.Kind, e.SourceId, e.Balance)), page2.Entries.Items.Select(e => (e.Kind, e.SourceId, e.Balance)));

        // Keyset pages of 2 (each cursor the last row of the page before) walk the same entries with the same balances,
        // across same-day documents and payments, and the last page has no cursor.
        var walked = new List<AccountEntry>();
        AccountCursor? cursor = null;
        do
        {
            var after = cursor;
            var keyset = await database.WithAsync<CustomerAccountService, CustomerAccount>(s => s.AccountAsync(scenario.CustomerId, 1, 2, CancellationToken.None, after));
            walked.AddRange(keyset.Entries.Items);
            cursor = keyset.NextCursor;
            Assert.Equal(cursor, AccountCursor.Parse(cursor?.ToString()));
        }
        while (cursor is not null && walked.Count < 20);
        Assert.Equal(account.Entries.Items.Select(e => (e.Kind, e.SourceId, e.Balance)), walked.Select(e => (e.Kind, e.SourceId, e.Balance)));
        Assert.Equal("after", Assert.Throws<DomainException>(() => AccountCursor.Parse("not-a-cursor")).Field);

        // Ageing on the company's date, day 0 + 110: due day 0 (80.00 left) > 90; day 35 (380.00) 61–90; day 70 (460.00) 31–60;
        // day 100 (480.00) 0–30; day 200 (480.00) not due.
        Assert.Equal(new CustomerAgeing(480m, 480m, 460m, 380m, 80m), account.Ageing);
        Assert.Equal(1880m, account.Ageing.Total);

        // Statement of account over day 1 … day 110, with an 80.00 cheque on day 110: opening 1,850.00, closing 1,770.00.
        await AccountScenario.PayAsync(database, scenario.CustomerId, scenario.Invoices[0], 80m, PaymentMethod.Cheque, "7654321");
        var statement = await database.WithAsync<CustomerAccountService, AccountStatement>(
            s => s.StatementAsync(scenario.CustomerId, scenario.Day0.AddDays(1), scenario.Day0.AddDays(110), CancellationToken.None));
        Assert.Equal(AccountScenario.Balance, statement.OpeningBalance);
        var entry = Assert.Single(statement.Entries);
        Assert.Equal((AccountEntryKind.Payment, 80m, 1770m, "7654321"), (entry.Kind, entry.Credit, entry.Balance, entry.Number));
        Assert.Equal(1770m, statement.ClosingBalance);

        // The whole history in one statement opens at zero and closes at the account's balance.
        var whole = await database.WithAsync<CustomerAccountService, AccountStatement>(
            s => s.StatementAsync(scenario.CustomerId, scenario.Day0.AddDays(-1), scenario.Day0.AddDays(110), CancellationToken.None));
        Assert.Equal((0m, 10, 1770m), (whole.OpeningBalance, whole.Entries.Count, whole.ClosingBalance));
    }
}
