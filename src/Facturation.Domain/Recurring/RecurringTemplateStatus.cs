namespace Facturation.Domain.Recurring;

public enum RecurringTemplateStatus
{
    /// <summary>Generates its occurrences when they fall due.</summary>
    Active,

    /// <summary>Generates nothing until resumed; the occurrences of the pause are skipped.</summary>
    Paused,

    /// <summary>End date passed or number of occurrences reached: nothing left to generate.</summary>
    Completed,
}
