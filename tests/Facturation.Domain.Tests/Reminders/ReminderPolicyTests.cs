using Facturation.Domain.Invoicing;
using Facturation.Domain.Reminders;
using Facturation.Domain.Tests.Invoicing;

namespace Facturation.Domain.Tests.Reminders;

public sealed class ReminderPolicyTests
{
    private static readonly ReminderLevel[] Levels =
    [
        new(1, new ReminderLevelDetails("Relance amicale", 7, "s", "b")),
        new(2, new ReminderLevelDetails("Relance", 15, "s", "b")),
        new(3, new ReminderLevelDetails("Mise en demeure", 30, "s", "b")),
    ];

    private static Invoice Final() => new InvoiceBuilder().WithLine(1, 100m).BuildFinal();

    private static DateOnly After(Invoice invoice, int days) => invoice.DueDate!.Value.AddDays(days);

    [Theory]
    [InlineData(6, null)]
    [InlineData(7, 1)]
    [InlineData(14, 1)]
    [InlineData(20, 2)]
    [InlineData(45, 3)]
    public void Decide_gives_the_highest_level_reached(int daysLate, int? level)
    {
        var invoice = Final();

        var decision = ReminderPolicy.Decide(invoice, false, Levels, After(invoice, daysLate));

        Assert.Equal(level, decision.Level?.Level);
    }

    [Fact]
    public void Decide_never_goes_back_to_a_skipped_level()
    {
        var invoice = Final();
        invoice.RecordReminder(2, "Relance", ["a@b.fr"], InvoiceBuilder.Biller, InvoiceBuilder.Now);

        var decision = ReminderPolicy.Decide(invoice, false, Levels, After(invoice, 25));

        Assert.Equal(ReminderSkip.AlreadySent, decision.Skip);
    }

    [Fact]
    public void Decide_skips_in_litigation_and_opted_out()
    {
        var contested = Final();
        contested.PutInLitigation("Quantités contestées", InvoiceBuilder.Biller, InvoiceBuilder.Now);

        Assert.Equal(ReminderSkip.InLitigation, ReminderPolicy.Decide(contested, false, Levels, After(contested, 40)).Skip);
        Assert.Equal(ReminderSkip.OptedOut, ReminderPolicy.Decide(Final(), true, Levels, After(Final(), 40)).Skip);
        Assert.Equal(ReminderSkip.Draft, ReminderPolicy.Decide(new InvoiceBuilder().WithLine(1, 100m).Build(), false, Levels, InvoiceBuilder.Today.AddDays(90)).Skip);
    }

    [Fact]
    public void RecordReminder_refuses_a_level_not_above_the_last_one()
    {
        var invoice = Final();
        invoice.RecordReminder(2, "Relance", ["a@b.fr"], InvoiceBuilder.Biller, InvoiceBuilder.Now);

        var refused = Assert.Throws<Facturation.Domain.Common.DomainException>(() => invoice.RecordReminder(1, "Relance amicale", ["a@b.fr"], InvoiceBuilder.Biller, InvoiceBuilder.Now));

        Assert.Equal("invoice.reminder_level", refused.Code);
    }
}
