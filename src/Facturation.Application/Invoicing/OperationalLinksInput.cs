namespace Facturation.Application.Invoicing;

/// <summary>
/// What may change on an issued document (seed 001 FAQ 2, ADR-027): the dossier and the activity it counts for.
/// Posted by the document page and by <c>PUT /api/v1/invoices/{id}/operations</c>; null clears the link.
/// </summary>
public sealed class OperationalLinksInput
{
    public int? DossierId { get; set; }

    public int? ActivityId { get; set; }
}
