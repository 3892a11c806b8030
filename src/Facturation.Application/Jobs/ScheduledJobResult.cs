namespace Facturation.Application.Jobs;

/// <summary>The outcome of one job in one pass: how many items it handled, or the error that stopped it.</summary>
public sealed record ScheduledJobResult(string Name, int Processed, string? Error)
{
    public bool Succeeded => Error is null;
}
