using Facturation.Application.Data;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing;

/// <summary>
/// What tells, in one small query under the draft's lock, that the document finalization read before the lock is still
/// the stored one: its status, its last change (every domain change records a history entry and moves it) and how many
/// lines and history entries it has. Any difference makes finalization read the document again.
/// </summary>
internal readonly record struct DraftStamp(InvoiceStatus Status, DateTime LastModifiedAtUtc, int Lines, int History)
{
    public static DraftStamp Of(Invoice invoice) => new(invoice.Status, invoice.LastModifiedAtUtc, invoice.Lines.Count, invoice.History.Count);

    /// <summary>
    /// The stored stamp and, in the same query, the last issue date of the series the caller prepared (its date rule
    /// needs it next; no series: 0, which matches none).
    /// </summary>
    public static async Task<(DraftStamp Stamp, DateOnly? LastIssueDateOfSeries)> ReadAsync(FacturationDb db, int id, int seriesId, CancellationToken ct)
    {
        var row = await db.Invoices.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new
            {
                Stamp = new DraftStamp(i.Status, i.LastModifiedAtUtc, i.Lines.Count, i.History.Count),
                LastIssueDate = db.Invoices.Where(s => s.SeriesId == seriesId).Max(s => s.IssueDate),
            })
            .SingleAsync(ct);
        return (row.Stamp, row.LastIssueDate);
    }

    /// <summary>
    /// Same document state. The time is compared to the millisecond: an instance saved by the caller's own context keeps
    /// ticks that PostgreSQL stores to the microsecond; the counts catch two changes within that millisecond.
    /// </summary>
    public bool Matches(DraftStamp other) =>
        Status == other.Status && Lines == other.Lines && History == other.History
        && (LastModifiedAtUtc - other.LastModifiedAtUtc).Duration() < TimeSpan.FromMilliseconds(1);
}
