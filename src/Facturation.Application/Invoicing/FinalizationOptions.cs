namespace Facturation.Application.Invoicing;

/// <summary>Configuration section <c>Finalization</c> (ADR-038).</summary>
public sealed class FinalizationOptions
{
    public const string Section = "Finalization";

    /// <summary>
    /// <c>Finalization__MaxConcurrent</c>: how many finalizations in their own transaction this instance runs at once on
    /// PostgreSQL or SQL Server; the others wait their turn before reading anything. Unset: the number of cores plus one.
    /// 0: no limit. SQLite ignores it (its group commit wants every waiting finalization, ADR-035).
    /// </summary>
    public int? MaxConcurrent { get; set; }
}
