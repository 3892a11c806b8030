namespace Facturation.Application.Accounts;

/// <summary>
/// What a customer's open invoices still owe, by days past their due date on the company's date: not yet due (or no due
/// date), 1–30, 31–60, 61–90 and more than 90 days overdue.
/// </summary>
public sealed record CustomerAgeing(decimal NotDue, decimal Overdue1To30, decimal Overdue31To60, decimal Overdue61To90, decimal OverdueOver90)
{
    public static readonly CustomerAgeing Empty = new(0m, 0m, 0m, 0m, 0m);

    public decimal Total => NotDue + Overdue1To30 + Overdue31To60 + Overdue61To90 + OverdueOver90;

    public decimal Overdue => Total - NotDue;
}
