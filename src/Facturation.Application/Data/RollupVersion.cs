namespace Facturation.Application.Data;

/// <summary>The state of a rollup table as one value: its row count, highest id and sum of ids.</summary>
public sealed record RollupVersion(long Count, long MaxId, long IdSum);
