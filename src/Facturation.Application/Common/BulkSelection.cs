namespace Facturation.Application.Common;

/// <summary>The bounds of a selection acted on at once (statements, bulk payments).</summary>
public static class BulkSelection
{
    public const int MaxDocuments = 1000;
}
