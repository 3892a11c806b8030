using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing;

/// <summary>
/// What tells, under the draft's lock, that the document finalization read before the lock is still the stored one: its
/// status and its revision (every domain change records a history entry and moves it). Any difference makes
/// finalization read the document again.
/// </summary>
internal readonly record struct DraftStamp(InvoiceStatus Status, int Revision)
{
    public static DraftStamp Of(Invoice invoice) => new(invoice.Status, invoice.Revision);

    /// <summary>
    /// Locks the draft's row until commit — PostgreSQL <c>FOR UPDATE</c>, SQL Server <c>UPDLOCK, ROWLOCK</c>; SQLite's
    /// write transaction serializes writers already — and reads in the SAME statement its stamp, the series it is to be
    /// numbered in and that series' last issue date (ADR-038). Two finalizations of one draft: the second waits here, then
    /// sees a final document. After such a wait the locked row is the newest version (PostgreSQL re-reads it, SQL Server's
    /// locking read does not use row versions), so the stamp — status and revision, both columns of that row — is the
    /// committed one; only the series' date comes from the statement's start, and it is read again under the counter.
    /// </summary>
    public static async Task<DraftUnderLock> LockAndReadAsync(FacturationDb db, int id, SeriesKind seriesKind, CancellationToken ct)
    {
        var row = await (
                from invoice in Locked(db, id)
                from series in db.NumberingSeries.Where(s => s.Kind == seriesKind)
                select new
                {
                    Stamp = new DraftStamp(invoice.Status, invoice.Revision),
                    Series = series,
                    LastIssueDate = db.Invoices.Where(s => s.SeriesId == series.Id).Max(s => s.IssueDate),
                })
            .AsNoTracking()
            .SingleOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("invoice", "Document", id);
        return new DraftUnderLock(row.Stamp, row.Series, row.LastIssueDate);
    }

    // The draft's row with the provider's row lock; EF composes the rest of the statement around it.
    private static IQueryable<Invoice> Locked(FacturationDb db, int id)
    {
        if (db.Database.IsNpgsql())
        {
            return db.Invoices.FromSql($"""SELECT * FROM "Invoices" WHERE "Id" = {id} FOR UPDATE""");
        }

        return db.Database.IsSqlServer()
            ? db.Invoices.FromSql($"SELECT * FROM [Invoices] WITH (UPDLOCK, ROWLOCK) WHERE [Id] = {id}")
            : db.Invoices.Where(i => i.Id == id);
    }
}

/// <summary>The draft's stamp, its series and that series' last issue date, read under the draft's lock.</summary>
internal sealed record DraftUnderLock(DraftStamp Stamp, NumberingSeries Series, DateOnly? LastIssueDateOfSeries);
