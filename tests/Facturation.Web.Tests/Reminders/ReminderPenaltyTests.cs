using Facturation.Application.Reminders;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Facturation.Web.Tests.Reminders.ReminderFixture;

namespace Facturation.Web.Tests.Reminders;

/// <summary>The optional penalty invoice drafted when the last reminder level is sent (ADR-020, company setting).</summary>
public sealed class ReminderPenaltyTests(ReminderApp app) : IClassFixture<ReminderApp>
{
    [Fact]
    public async Task SendAsync_LastLevelWithPenaltySetting_DraftsThePenaltyInvoiceOnlyAtTheLastLevel()
    {
        await app.WithScopeAsync(async s =>
        {
            var settings = s.GetRequiredService<ReminderSettingsService>();
            var input = await settings.GetAsync(CancellationToken.None);
            input.PenaltyInvoiceAtLastLevel = true;
            await settings.UpdateAsync(input, CancellationToken.None);
            return 0;
        });
        var (customerId, _) = await CustomerAsync(app);
        var (invoiceId, due) = await InvoiceAsync(app, customerId);

        DaysAfterDue(app, due, 15);
        var firm = await SendOneAsync(app, invoiceId);
        DaysAfterDue(app, due, 30);
        var formalNotice = await SendOneAsync(app, invoiceId);

        Assert.Equal((2, null), (firm.Level!.Value, firm.PenaltyInvoiceId));
        Assert.Equal(3, formalNotice.Level);
        var penaltyId = Assert.IsType<int>(formalNotice.PenaltyInvoiceId);
        var penalty = await app.WithScopeAsync(s => s.GetRequiredService<Facturation.Application.Data.FacturationDb>().Invoices.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == penaltyId));
        var rate = await app.WithScopeAsync(s => s.GetRequiredService<Facturation.Application.Data.FacturationDb>().Companies.Select(c => c.LatePaymentPenaltyRate).FirstAsync());
        var interest = Math.Round(30 * rate / 100m / 365m * 480m, 2, MidpointRounding.AwayFromZero);
        Assert.Equal((InvoiceType.Penalty, InvoiceStatus.Draft, invoiceId, customerId), (penalty.Type, penalty.Status, penalty.OriginInvoiceId!.Value, penalty.CustomerId));
        Assert.Equal(interest + Invoice.RecoveryIndemnity, penalty.TotalNet);
        Assert.Contains(penalty.Lines, l => l.Description.StartsWith("Pénalités de retard", StringComparison.Ordinal) && l.UnitPrice == interest);
    }
}
