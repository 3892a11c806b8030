using Facturation.Application.Common;
using FluentValidation;

namespace Facturation.Application.Payments;

/// <summary>
/// The one bound on the date of money received or paid back: not before 2000-01-01 (a typo such as 1900), not more
/// than a year after today (9999-12-31), "today" being the company's date (<see cref="IBusinessClock"/>).
/// </summary>
public static class SettlementDateRule
{
    public const string Message = "La date doit être comprise entre le 01/01/2000 et un an après aujourd'hui.";

    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static IRuleBuilderOptions<T, DateOnly?> WithinSettlementWindow<T>(this IRuleBuilder<T, DateOnly?> rule, IBusinessClock clock)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(clock);
        return rule.Must(date => date is not { } d || (d >= Earliest && d <= Latest(clock))).WithMessage(Message);
    }

    public static DateOnly Latest(IBusinessClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.Today.AddYears(1);
    }
}
