namespace Facturation.Web.Api.V1;

public sealed record BatchOutcomeDto(IReadOnlyList<int> DossierIds, IReadOnlyList<string> DossierNumbers, int? InvoiceId, string? InvoiceNumber, bool Finalized, string? Failure);
