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

    public static Task<DraftStamp> ReadAsync(FacturationDb db, int id, CancellationToken ct) =>
        db.Invoices.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new DraftStamp(i.Status, i.LastModifiedAtUtc, i.Lines.Count, i.History.Count))
            .SingleAsync(ct);

    /// <summary>
    /// Same document state. The time is compared to the millisecond: an instance saved by the caller's own context keeps
    /// ticks that PostgreSQL stores to the microsecond; the counts catch two changes within that millisecond.
    /// </summary>
    public bool Matches(DraftStamp other) =>
        Status == other.Status && Lines == other.Lines && History == other.History
        && (LastModifiedAtUtc - other.LastModifiedAtUtc).Duration() < TimeSpan.FromMilliseconds(1);
}
