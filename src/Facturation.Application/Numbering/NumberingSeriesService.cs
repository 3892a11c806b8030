using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Numbering;

/// <summary>The numbering series' settings: list with a preview of the next number, and mask changes.</summary>
public sealed class NumberingSeriesService(FacturationDb db, NumberAllocator numbers, IBusinessClock clock, AuditJournal journal)
{
    public async Task<IReadOnlyList<NumberingSeriesPreview>> ListAsync(CancellationToken ct)
    {
        var series = await db.NumberingSeries.AsNoTracking().OrderBy(s => s.Kind).ToListAsync(ct);
        var previews = new List<NumberingSeriesPreview>(series.Count);
        foreach (var s in series)
        {
            previews.Add(new NumberingSeriesPreview(s, await NextNumberAsync(s, ct)));
        }

        return previews;
    }

    public async Task<NumberingSeries> GetAsync(int id, CancellationToken ct) =>
        await db.NumberingSeries.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct)
        ?? throw DomainException.NotFound("numbering", "Série", id);

    /// <summary>The number a document issued today would take, exactly (pending reset changes included), without reserving it.</summary>
    public async Task<string> NextNumberAsync(NumberingSeries series, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        var today = clock.Today;
        return series.Format(await numbers.PeekAsync(series.Id, series.PeriodOf(today), ct), today);
    }

    /// <summary>
    /// Saves a mask and reset (ADR-011): refused when its numbers could be those of another series (a legal
    /// number is unique across all series); a reset change on a series in use is deferred to its next period.
    /// </summary>
    public async Task<NumberingSeries> UpdateAsync(int id, NumberingSeriesInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var series = await db.NumberingSeries.SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw DomainException.NotFound("numbering", "Série", id);
        var (previousMask, previousReset) = (series.Mask, series.Reset);
        var mask = NumberMask.Parse(input.Mask, input.Reset);
        var others = await db.NumberingSeries.AsNoTracking().Where(s => s.Id != id).Select(s => s.Mask).ToListAsync(ct);
        if (others.FirstOrDefault(other => mask.CouldCollideWith(NumberMask.Parse(other, ResetPolicy.Never))) is { } taken)
        {
            throw new DomainException(
                "mask.collision",
                $"Ce masque pourrait donner les mêmes numéros que la série au masque {taken} : un numéro légal est unique toutes séries confondues. Choisissez un autre préfixe.",
                nameof(NumberingSeriesInput.Mask));
        }

        var inUse = await db.Set<NumberCounter>().AnyAsync(c => c.SeriesId == id, ct);
        series.Change(mask.Value, input.Reset, clock.Today, inUse);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await journal.AppendAsync(AuditEvents.NumberingChanged, null, AuditPayloads.NumberingChanged(series, previousMask, previousReset), ct);
        await transaction.CommitAsync(ct);
        return series;
    }
}
