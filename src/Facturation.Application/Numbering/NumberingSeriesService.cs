using Facturation.Application.Audit;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Numbering;

/// <summary>The numbering series' settings: list with a preview of the next number, and mask changes.</summary>
public sealed class NumberingSeriesService(FacturationDb db, NumberAllocator numbers, TimeProvider clock, AuditJournal journal)
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

    /// <summary>The number the series would give today, without reserving it.</summary>
    public async Task<string> NextNumberAsync(NumberingSeries series, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return series.Format(await numbers.PeekAsync(series.Id, series.PeriodOf(today), ct), today);
    }

    public async Task<NumberingSeries> UpdateAsync(int id, NumberingSeriesInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var series = await db.NumberingSeries.SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw DomainException.NotFound("numbering", "Série", id);
        var (previousMask, previousReset) = (series.Mask, series.Reset);
        series.ChangeMask(input.Mask ?? string.Empty, input.Reset);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await journal.AppendAsync(AuditEvents.NumberingChanged, null, AuditPayloads.NumberingChanged(series, previousMask, previousReset), ct);
        await transaction.CommitAsync(ct);
        return series;
    }
}
