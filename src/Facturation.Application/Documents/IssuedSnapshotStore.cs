using System.Text.Json;
using Facturation.Application.Data;
using Facturation.Documents;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// The issue-time snapshot of a document (what its PDF prints), stored as JSON at finalization. The document's page
/// and API read the customer identity from it, so renaming or moving the customer never changes an issued document.
/// A document issued before snapshots were stored gets one built once, on first use, as its archive did.
/// </summary>
public sealed class IssuedSnapshotStore(FacturationDb db, InvoiceSnapshotBuilder snapshots, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The snapshot as issued; null for a draft (its page shows live data).</summary>
    public async Task<InvoiceDocumentSnapshot?> GetAsync(Invoice invoice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.IsDraft)
        {
            return null;
        }

        var json = await db.IssuedSnapshots.AsNoTracking().Where(s => s.InvoiceId == invoice.Id).Select(s => s.Json).SingleOrDefaultAsync(ct);
        return json is not null ? Deserialize(json) : await StoreLateAsync(invoice, ct);
    }

    /// <summary>The customer block to show: as issued for an issued document, as it is now for a draft.</summary>
    public async Task<DocumentCustomer> CustomerBlockAsync(Invoice invoice, CancellationToken ct) =>
        (await GetAsync(invoice, ct) ?? await snapshots.BuildAsync(invoice, ct)).Customer;

    public static string Serialize(InvoiceDocumentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);

        // The logo is the company's, printed in the archived PDF; the page does not need its bytes.
        return JsonSerializer.Serialize(snapshot with { Issuer = snapshot.Issuer with { Logo = ReadOnlyMemory<byte>.Empty } }, Json);
    }

    public static InvoiceDocumentSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize<InvoiceDocumentSnapshot>(json, Json) ?? throw new InvalidDataException("Empty issued snapshot.");

    private async Task<InvoiceDocumentSnapshot> StoreLateAsync(Invoice invoice, CancellationToken ct)
    {
        var snapshot = await snapshots.BuildAsync(invoice, ct);
        var row = new IssuedSnapshot(invoice.Id, Serialize(snapshot), clock.GetUtcNow().UtcDateTime);
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return snapshot;
        }
        catch (DbUpdateException)
        {
            // Another request stored it first: its snapshot is the one.
            db.Entry(row).State = EntityState.Detached;
            return Deserialize(await db.IssuedSnapshots.AsNoTracking().Where(s => s.InvoiceId == invoice.Id).Select(s => s.Json).SingleAsync(ct));
        }
    }
}
