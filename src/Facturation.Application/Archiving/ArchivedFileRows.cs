using System.Runtime.CompilerServices;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Archiving;

/// <summary>Every row that names a file of the archive store (invoice PDFs and XML, statement PDFs), by ranges of ids.</summary>
public static class ArchivedFileRows
{
    private const int RangeSize = 1000;

    public static async IAsyncEnumerable<ArchivedFileRow> AllAsync(FacturationDb db, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tables = new (Func<Task<int?>> Max, Func<int, int, Task<List<ArchivedFileRow>>> Range)[]
        {
            (() => db.InvoiceArchives.MaxAsync(a => (int?)a.InvoiceId, ct), (from, to) => db.InvoiceArchives.AsNoTracking()
                .Where(a => a.InvoiceId > from && a.InvoiceId <= to)
                .Select(a => new ArchivedFileRow("document " + a.InvoiceId + " (pdf)", a.BlobName, a.Sha256)).ToListAsync(ct)),
            (() => db.InvoiceXmlArchives.MaxAsync(a => (int?)a.InvoiceId, ct), (from, to) => db.InvoiceXmlArchives.AsNoTracking()
                .Where(a => a.InvoiceId > from && a.InvoiceId <= to)
                .Select(a => new ArchivedFileRow("document " + a.InvoiceId + " (xml)", a.BlobName, a.Sha256)).ToListAsync(ct)),
            (() => db.StatementArchives.MaxAsync(a => (int?)a.StatementId, ct), (from, to) => db.StatementArchives.AsNoTracking()
                .Where(a => a.StatementId > from && a.StatementId <= to)
                .Select(a => new ArchivedFileRow("relevé " + a.StatementId + " (pdf)", a.BlobName, a.Sha256)).ToListAsync(ct)),
        };
        foreach (var (max, range) in tables)
        {
            var last = await max() ?? 0;
            for (var from = 0; from < last; from += RangeSize)
            {
                foreach (var row in await range(from, from + RangeSize))
                {
                    yield return row with { Sha256 = row.Sha256.Trim() };
                }
            }
        }
    }
}
