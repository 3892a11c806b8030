namespace Facturation.Domain.Recurring;

/// <summary>The unit of a recurring invoice's period; the template's interval repeats it (every N units).</summary>
public enum RecurrenceFrequency
{
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
}
