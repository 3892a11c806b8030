using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Application.Recurring;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Recurring;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Recurring;

/// <summary>The real binary's <c>jobs run</c> generating a due occurrence, as cron would run it.</summary>
public sealed class RecurringJobCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("facturation-recurring-cli-").FullName;

    [Fact]
    public async Task Jobs_run_generates_the_due_occurrence()
    {
        var today = CompanyToday();
        int templateId;
        await using (var setup = new FacturationApp().With("Database:DataDirectory", _data).With("Jobs:Enabled", "false"))
        {
            setup.CreateClient();
            templateId = await setup.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<FacturationDb>();
                var customerId = await db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync();
                var template = await services.GetRequiredService<RecurringInvoiceService>().CreateAsync(
                    new RecurringInvoiceInput
                    {
                        CustomerId = customerId,
                        Frequency = RecurrenceFrequency.Monthly,
                        StartDate = today,
                        Action = RecurringAction.Draft,
                        Lines = [new InvoiceLineInput { Description = "Abonnement {mois} {année}", Quantity = 1, UnitPrice = 30m, TaxCode = "TVA20" }],
                    },
                    new Actor("cli-test", "CLI"),
                    CancellationToken.None);
                return template.Id;
            });
        }

        var (exit, stdout, stderr) = await AppProcess.RunAsync(_data, new Dictionary<string, string>(), "jobs", "run");

        Assert.True(exit == 0, stderr);
        Assert.Contains("recurring-invoices: 1 processed", stdout, StringComparison.Ordinal);
        await using var check = new FacturationApp().With("Database:DataDirectory", _data).With("Jobs:Enabled", "false");
        check.CreateClient();
        var descriptions = await check.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<FacturationDb>();
            var ids = await db.RecurringInvoiceOccurrences.Where(o => o.TemplateId == templateId).Select(o => o.InvoiceId).ToListAsync();
            return await db.Invoices.Where(i => ids.Contains(i.Id)).SelectMany(i => i.Lines).Select(l => l.Description).ToListAsync();
        });
        Assert.Equal($"Abonnement {RecurrenceSchedule.MonthName(today)} {today.Year}", Assert.Single(descriptions));
    }

    private static DateOnly CompanyToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(Company.DefaultTimeZoneId)).DateTime);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // The process may still hold the SQLite file for a moment.
        }
    }
}
