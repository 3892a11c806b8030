using System.Text.Json;
using System.Text.Json.Nodes;
using Facturation.Application.Archiving;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Audit;

/// <summary>
/// <c>audit verify</c>: walks the chain from the first entry, recomputing each hash, and rebuilds each issued
/// document's <c>invoice.issued</c> payload from its current rows and frozen snapshot (or, for older entries, its
/// archived bytes); each <c>invoice.archived</c> entry must still name the archive row and bytes it recorded. Then
/// every file of the archive store named by a row must be there with its SHA-256 (ADR-025). Stops at the first difference.
/// </summary>
public sealed class AuditVerifier(FacturationDb db, IArchiveStore store)
{
    private const int BatchSize = 500;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        var previousHash = AuditChainHead.GenesisHash;
        long count = 0;
        while (true)
        {
            var after = count;
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var entry in batch)
            {
                if ((CheckLink(entry, count + 1, previousHash) ?? await CheckDocumentAsync(entry, ct)) is { } broken)
                {
                    return new AuditVerification(count, broken);
                }

                previousHash = entry.Hash.Trim();
                count++;
            }
        }

        return new AuditVerification(count, await CheckHeadAsync(count, previousHash, ct) ?? await CheckFilesAsync(count, ct));
    }

    private static AuditBreak? CheckLink(AuditEntry entry, long expectedSequence, string previousHash)
    {
        AuditBreak Break(string field, object expected, object found) => new(entry.Sequence, entry.Event, entry.DocumentNumber, field, $"{expected}", $"{found}");

        if (entry.Sequence != expectedSequence)
        {
            return Break("sequence", expectedSequence, entry.Sequence);
        }

        if (entry.PreviousHash.Trim() != previousHash)
        {
            return Break("previousHash", previousHash, entry.PreviousHash.Trim());
        }

        string canonical;
        try
        {
            canonical = CanonicalJson.Serialize(CanonicalJson.Parse(entry.Payload));
        }
        catch (Exception error) when (error is JsonException or FormatException)
        {
            return Break("payload", "canonical JSON", error.Message);
        }

        if (canonical != entry.Payload)
        {
            return Break("payload", canonical, entry.Payload);
        }

        var hash = AuditHash.Compute(entry);
        return hash == entry.Hash.Trim() ? null : Break("hash", hash, entry.Hash.Trim());
    }

    /// <summary>
    /// An issued document must still be exactly what its <c>invoice.issued</c> entry recorded; an archived one must
    /// still have the file its <c>invoice.archived</c> entry recorded.
    /// </summary>
    private async Task<AuditBreak?> CheckDocumentAsync(AuditEntry entry, CancellationToken ct) => entry.Event switch
    {
        AuditEvents.InvoiceIssued => await CheckIssuedAsync(entry, ct),
        AuditEvents.InvoiceArchived => await CheckArchivedAsync(entry, ct),
        _ => null,
    };

    private async Task<AuditBreak?> CheckIssuedAsync(AuditEntry entry, CancellationToken ct)
    {
        var recorded = CanonicalJson.Parse(entry.Payload);
        var number = recorded["number"]?.GetValue<string>() ?? entry.DocumentNumber;
        AuditBreak Break(string field, string expected, string found) => new(entry.Sequence, entry.Event, number, field, expected, found);

        if (recorded["v"]?.GetValue<int>() != AuditJournal.PayloadVersion)
        {
            return Break("v", AuditJournal.PayloadVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{recorded["v"]}");
        }

        var invoiceId = recorded["invoiceId"]!.GetValue<int>();
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (invoice is null)
        {
            return Break("invoiceId", $"{invoiceId}", "no such document");
        }

        var print = await CurrentPrintAsync(invoiceId, recorded.ContainsKey(FrozenPrint.SnapshotMember), ct);
        if (print is null)
        {
            var member = recorded.ContainsKey(FrozenPrint.SnapshotMember) ? FrozenPrint.SnapshotMember : FrozenPrint.PdfMember;
            return Break(member, $"{recorded[member]}", "no frozen snapshot or archived file");
        }

        var originNumber = invoice.OriginInvoiceId is { } originId
            ? await db.Invoices.AsNoTracking().Where(i => i.Id == originId).Select(i => i.Number ?? i.ProformaNumber).SingleOrDefaultAsync(ct)
            : null;

        // The customer record may legitimately change after issue: the identity printed is checked through the frozen
        // print's hash, and the document must still point at the same customer.
        var customer = (JsonObject)recorded["customer"]!.DeepClone();
        customer["id"] = invoice.CustomerId;
        var current = IssuedDocumentPayload.Build(invoice, customer, originNumber, print);
        return FirstDifference(recorded, current, string.Empty) is { } difference
            ? Break(difference.Path, difference.Expected, difference.Found)
            : null;
    }

    /// <summary>The issued snapshot's hash (entries since ADR-025) or the archived PDF's (earlier entries); null when gone.</summary>
    private async Task<FrozenPrint?> CurrentPrintAsync(int invoiceId, bool snapshot, CancellationToken ct)
    {
        if (snapshot)
        {
            var json = await db.IssuedSnapshots.AsNoTracking().Where(s => s.InvoiceId == invoiceId).Select(s => s.Json).SingleOrDefaultAsync(ct);
            return json is null ? null : FrozenPrint.Snapshot(json);
        }

        var archive = await db.InvoiceArchives.AsNoTracking().Where(a => a.InvoiceId == invoiceId).Select(a => new { a.BlobName, a.Content }).SingleOrDefaultAsync(ct);
        var pdf = archive?.Content ?? (archive?.BlobName is { } name ? await store.ReadAsync(name, ct) : null);
        return pdf is null ? null : FrozenPrint.Pdf(pdf);
    }

    private async Task<AuditBreak?> CheckArchivedAsync(AuditEntry entry, CancellationToken ct)
    {
        var recorded = CanonicalJson.Parse(entry.Payload);
        var expected = $"{recorded[FrozenPrint.PdfMember]}";
        AuditBreak Break(string found) => new(entry.Sequence, entry.Event, entry.DocumentNumber, FrozenPrint.PdfMember, expected, found);

        var invoiceId = recorded["invoiceId"]!.GetValue<int>();
        var archive = await db.InvoiceArchives.AsNoTracking().Where(a => a.InvoiceId == invoiceId).Select(a => new { a.BlobName, a.Sha256 }).SingleOrDefaultAsync(ct);
        if (archive is null)
        {
            return Break("no archive row");
        }

        if (archive.Sha256.Trim() != expected)
        {
            return Break(archive.Sha256.Trim());
        }

        var bytes = archive.BlobName is { } name ? await store.ReadAsync(name, ct) : null;
        return bytes is null ? Break($"no file {archive.BlobName} in {store.Description}")
            : StoredBlob.Hash(bytes) is var actual && actual != expected ? Break(actual)
            : null;
    }

    /// <summary>Every archived file named by a row (invoice PDFs and XML, statements) is in the store with its SHA-256.</summary>
    private async Task<AuditBreak?> CheckFilesAsync(long count, CancellationToken ct)
    {
        await foreach (var file in ArchivedFileRows.AllAsync(db, ct))
        {
            if (file.BlobName is null)
            {
                continue;
            }

            var bytes = await store.ReadAsync(file.BlobName, ct);
            var found = bytes is null ? $"no file in {store.Description}" : StoredBlob.Hash(bytes);
            if (found != file.Sha256)
            {
                return new AuditBreak(count, "archive.file", file.Label, file.BlobName, file.Sha256, found);
            }
        }

        return null;
    }

    private async Task<AuditBreak?> CheckHeadAsync(long count, string lastHash, CancellationToken ct)
    {
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        if (head is null)
        {
            return new AuditBreak(count + 1, "chain.head", null, "head", "present", "missing");
        }

        // The head says where the chain ends: entries deleted from the end are missing here.
        if (head.LastSequence != count)
        {
            return new AuditBreak(count + 1, "chain.head", null, "lastSequence", $"{head.LastSequence}", $"{count}");
        }

        return head.LastHash.Trim() == lastHash ? null : new AuditBreak(count, "chain.head", null, "lastHash", head.LastHash.Trim(), lastHash);
    }

    private static (string Path, string Expected, string Found)? FirstDifference(JsonNode? expected, JsonNode? found, string path)
    {
        if (expected is JsonObject expectedObject && found is JsonObject foundObject)
        {
            foreach (var key in expectedObject.Select(p => p.Key).Union(foundObject.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                if (FirstDifference(expectedObject[key], foundObject[key], path.Length == 0 ? key : $"{path}.{key}") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        if (expected is JsonArray expectedArray && found is JsonArray foundArray && expectedArray.Count == foundArray.Count)
        {
            for (var i = 0; i < expectedArray.Count; i++)
            {
                if (FirstDifference(expectedArray[i], foundArray[i], $"{path}[{i}]") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        var (e, f) = (CanonicalJson.Serialize(expected), CanonicalJson.Serialize(found));
        return e == f ? null : (path, e, f);
    }
}
