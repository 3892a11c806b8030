using Facturation.Domain.Common;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// A line's link to a dossier: the dossier line it bills, the progress it bills (situations and balances) and
/// the earlier document it deducts (deposit deductions). See ADR-010.
/// </summary>
public sealed partial class InvoiceLine
{
    /// <summary>The dossier line this line bills (invoice from a dossier, situation, balance).</summary>
    public int? DossierLineId { get; private set; }

    /// <summary>Progress billed before this document, in percent of the ordered line (situations and balances).</summary>
    public decimal? PreviousPercent { get; private set; }

    /// <summary>Progress reached with this document, in percent of the ordered line.</summary>
    public decimal? CumulativePercent { get; private set; }

    /// <summary>Progress billed by this document alone.</summary>
    public decimal? CurrentPercent => CumulativePercent - PreviousPercent;

    /// <summary>The earlier document (a deposit, an invoice) this negative line deducts.</summary>
    public int? DeductedInvoiceId { get; private set; }

    /// <summary>The quantity of the dossier line this line bills: the whole quantity, or its share of progress.</summary>
    public decimal BilledQuantity => CumulativePercent is { } cumulative ? Quantity * (cumulative - (PreviousPercent ?? 0m)) / 100m : Quantity;

    /// <summary>
    /// A progress line bills the difference of two amounts each rounded to the cent, so that successive
    /// situations add up to the ordered amount exactly, whatever the percentages.
    /// </summary>
    private decimal ProgressShare(decimal full) =>
        CumulativePercent is { } cumulative
            ? Money.Round(full * cumulative / 100m) - Money.Round(full * (PreviousPercent ?? 0m) / 100m)
            : full;

    private void LinkToDossier(LineDetails details, string field)
    {
        if (details.CumulativePercent is { } cumulative)
        {
            var previous = details.PreviousPercent ?? 0m;
            if (previous < 0 || cumulative > 100m)
            {
                throw new DomainException("line.progress_range", "L'avancement cumulé ne peut pas dépasser 100 %.", field + nameof(CumulativePercent));
            }

            if (cumulative < previous)
            {
                throw new DomainException("line.progress_backwards", $"L'avancement cumulé ne peut pas être inférieur à l'avancement déjà facturé ({previous} %).", field + nameof(CumulativePercent));
            }

            (PreviousPercent, CumulativePercent) = (previous, cumulative);
        }

        DossierLineId = details.DossierLineId;
        DeductedInvoiceId = details.DeductedInvoiceId;
    }
}
