using System.Text;

namespace Facturation.Application.Audit;

/// <summary>
/// The member of <c>invoice.issued</c> that fixes what the document prints: <c>snapshotSha256</c> (the issued
/// snapshot's JSON, ADR-025) or, in entries written before the archive store, <c>pdfSha256</c> (the archived PDF).
/// </summary>
public sealed record FrozenPrint(string Member, string Sha256)
{
    public const string SnapshotMember = "snapshotSha256";
    public const string PdfMember = "pdfSha256";

    public static FrozenPrint Snapshot(string issuedSnapshotJson) =>
        new(SnapshotMember, Archiving.StoredBlob.Hash(Encoding.UTF8.GetBytes(issuedSnapshotJson)));

    public static FrozenPrint Pdf(byte[] archivedPdf) => new(PdfMember, Archiving.StoredBlob.Hash(archivedPdf));
}
