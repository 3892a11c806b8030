using Facturation.Application.Statements;

namespace Facturation.Web.Api.V1;

public sealed record SkippedDocumentDto(int InvoiceId, string? Number, string Reason)
{
    public static SkippedDocumentDto From(SkippedDocument skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        return new(skipped.InvoiceId, skipped.Number, skipped.Reason);
    }
}
