using Facturation.Domain.Dossiers;

namespace Facturation.Web.Api.V1;

public sealed record DossierLineDto(
    int Id,
    int Position,
    string Description,
    decimal Quantity,
    string? Unit,
    decimal UnitPrice,
    decimal DiscountPercent,
    string TaxCode,
    string? GlAccount,
    decimal Net,
    decimal Invoiced,
    decimal InDrafts,
    decimal ToInvoice,
    decimal ProgressPercent)
{
    public static DossierLineDto From(DossierLineProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var l = progress.Line;
        return new(l.Id, l.Position, l.Description, l.Quantity, l.Unit, l.UnitPrice, l.DiscountPercent, l.Tax.Code, l.GlAccountNumber, l.Net, progress.Invoiced, progress.InDrafts, progress.ToInvoice, progress.ProgressPercent);
    }
}
