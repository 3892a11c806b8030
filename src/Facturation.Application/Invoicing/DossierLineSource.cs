using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing;

/// <summary>
/// "Line from a dossier" on any invoice of the dossier's customer: what the posted line leaves empty is copied
/// from the dossier line (description, quantity, unit, price, discount, tax, GL account), and the dossier's
/// purchase-order number becomes the invoice reference when it has none.
/// </summary>
internal static class DossierLineSource
{
    /// <summary>The lines of the customer's dossiers still open or accepted, for the editor's "line from a dossier" menu.</summary>
    public static async Task<IReadOnlyList<Choice>> ChoicesAsync(FacturationDb db, int? customerId, CancellationToken ct)
    {
        if (customerId is null)
        {
            return [];
        }

        var open = await db.Dossiers.AsNoTracking()
            .Where(d => d.CustomerId == customerId && d.Status != DossierStatus.Closed)
            .OrderByDescending(d => d.Id)
            .Take(20)
            .ToListAsync(ct);
        return [.. open.SelectMany(d => d.Lines.OrderBy(l => l.Position).Select(l =>
            new Choice(l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{d.Number} – {d.Name} : {l.Description}")))];
    }

    public static async Task<string?> FillAsync(FacturationDb db, IReadOnlyList<InvoiceLineInput> posted, int customerId, CancellationToken ct)
    {
        var ids = posted.Select(l => l.DossierLineId).OfType<int>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.Lines.Any(l => ids.Contains(l.Id))).ToListAsync(ct);
        var lines = dossiers.SelectMany(d => d.Lines.Select(l => (Dossier: d, Line: l))).Where(x => ids.Contains(x.Line.Id)).ToDictionary(x => x.Line.Id);
        for (var i = 0; i < posted.Count; i++)
        {
            var input = posted[i];
            if (input.DossierLineId is not { } id)
            {
                continue;
            }

            var field = $"Lines[{i}].{nameof(InvoiceLineInput.DossierLineId)}";
            if (!lines.TryGetValue(id, out var found))
            {
                throw new DomainException("line.dossier_unknown", "Ligne de dossier introuvable.", field);
            }

            if (found.Dossier.CustomerId != customerId)
            {
                throw new DomainException("line.dossier_customer", $"Le dossier {found.Dossier.Number} est celui d'un autre client.", field);
            }

            var line = found.Line;
            input.Description ??= line.Description;
            input.Quantity ??= line.Quantity;
            input.Unit ??= line.Unit;
            input.UnitPrice ??= line.UnitPrice;
            input.DiscountPercent ??= line.DiscountPercent;
            input.TaxCode ??= line.Tax.Code;
            input.GlAccount ??= line.GlAccountNumber;
            input.ProductId ??= line.ProductId;
        }

        return dossiers.Select(d => d.CustomerReference).FirstOrDefault(r => r is not null);
    }
}
