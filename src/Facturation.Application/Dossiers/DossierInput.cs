using Facturation.Application.Invoicing;
using Facturation.Domain.Dossiers;

namespace Facturation.Application.Dossiers;

/// <summary>A dossier as posted by its form or by <c>POST /api/v1/dossiers</c>; lines are entered as invoice lines.</summary>
public sealed class DossierInput
{
    public int? CustomerId { get; set; }

    public string? Name { get; set; }

    /// <summary>The customer's purchase-order number.</summary>
    public string? Reference { get; set; }

    public string? Notes { get; set; }

    public List<InvoiceLineInput> Lines { get; set; } = [];

    public static DossierInput From(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return new DossierInput
        {
            CustomerId = dossier.CustomerId,
            Name = dossier.Name,
            Reference = dossier.CustomerReference,
            Notes = dossier.Notes,
            Lines = dossier.Lines.OrderBy(l => l.Position).Select(l => new InvoiceLineInput
            {
                Description = l.Description,
                Quantity = l.Quantity,
                Unit = l.Unit,
                UnitPrice = l.UnitPrice,
                DiscountPercent = l.DiscountPercent,
                TaxCode = l.Tax.Code,
                GlAccount = l.GlAccountNumber,
                ProductId = l.ProductId,
            }).ToList(),
        };
    }
}
