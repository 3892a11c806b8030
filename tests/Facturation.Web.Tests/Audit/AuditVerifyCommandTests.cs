using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Audit;

/// <summary>
/// The real binary's <c>audit verify</c>: 0 and "chain intact" on an untouched database; 1 naming the document and
/// the field once a line price, a total, an archived PDF byte or a journal row is changed behind the app's back.
/// </summary>
public sealed class AuditVerifyCommandTests
{
    public static TheoryData<string> Tamperings => ["line price", "total", "pdf byte", "journal row"];

    [Fact]
    public async Task Sqlite_intact_database_prints_the_entry_count_and_exits_0()
    {
        await using var audited = await AuditedApp.CreateAsync(postgres: false);
        await AssertIntactAsync(audited);
    }

    [PostgresFact]
    public async Task PostgreSql_intact_database_prints_the_entry_count_and_exits_0()
    {
        await using var audited = await AuditedApp.CreateAsync(postgres: true);
        await AssertIntactAsync(audited);
    }

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task Sqlite_tampering_exits_1_naming_the_document_and_the_field(string tampering)
    {
        await using var audited = await AuditedApp.CreateAsync(postgres: false);
        await AssertTamperingDetectedAsync(audited, tampering);
    }

    [ServiceTheory(TestService.Postgres)]
    [MemberData(nameof(Tamperings))]
    public async Task PostgreSql_tampering_exits_1_naming_the_document_and_the_field(string tampering)
    {
        await using var audited = await AuditedApp.CreateAsync(postgres: true);
        await AssertTamperingDetectedAsync(audited, tampering);
    }

    private static async Task AssertIntactAsync(AuditedApp audited)
    {
        await audited.IssueInvoiceAsync();
        await audited.IssueInvoiceAsync();

        var (exit, stdout, _) = await audited.VerifyAsync();

        Assert.Equal(0, exit);
        // Per document: invoice.issued at the commit, invoice.archived once its PDF is in the archive store (ADR-025).
        Assert.Equal("audit: 4 entries, chain intact\n", stdout);
    }

    private static async Task AssertTamperingDetectedAsync(AuditedApp audited, string tampering)
    {
        var (id, number) = await audited.IssueInvoiceAsync();
        await audited.IssueInvoiceAsync();
        var field = await TamperAsync(audited, tampering, id);

        var (exit, stdout, stderr) = await audited.VerifyAsync();

        Assert.True(exit == 1, $"exit {exit}\n{stdout}\n{stderr}");
        var entry = tampering == "pdf byte" ? "2 (invoice.archived" : "1 (invoice.issued";
        Assert.StartsWith($"audit: chain broken at entry {entry}, document {number})", stdout, StringComparison.Ordinal);
        Assert.Contains(field, stdout, StringComparison.Ordinal);
    }

    /// <summary>Changes the database as an intruder would; returns what verify must name.</summary>
    private static async Task<string> TamperAsync(AuditedApp audited, string tampering, int id)
    {
        switch (tampering)
        {
            case "line price":
                await audited.DisableTriggerAsync("InvoiceLines", "TR_InvoiceLines_Frozen", "Update");
                Assert.Equal(1, await audited.SqlAsync($"""UPDATE "InvoiceLines" SET "UnitPrice" = {90m} WHERE "InvoiceId" = {id} AND "Position" = 0"""));
                return "lines.sha256: expected";
            case "total":
                await audited.DisableTriggerAsync("Invoices", "TR_Invoices_Frozen", "Update");
                Assert.Equal(1, await audited.SqlAsync($"""UPDATE "Invoices" SET "TotalGross" = {999m} WHERE "Id" = {id}"""));
                return "totals.gross: expected \"480.00\", found \"999.00\"";
            case "pdf byte":
                // The file in the archive store, changed behind the app's back (ADR-025).
                var name = await audited.WithDbAsync(db => db.InvoiceArchives.Where(a => a.InvoiceId == id).Select(a => a.BlobName).SingleAsync());
                var path = Path.Combine(audited.App.DataDirectory, "archives", name!);
                var content = await File.ReadAllBytesAsync(path);
                content[content.Length / 2] ^= 0x01;
                await File.WriteAllBytesAsync(path, content);
                return "pdfSha256: expected";
            default:
                await audited.DisableTriggerAsync("AuditEntries", "TR_AuditEntries_AppendOnly", "Update");
                Assert.Equal(1, await audited.SqlAsync($"""UPDATE "AuditEntries" SET "ActorName" = {"Quelqu'un d'autre"} WHERE "Sequence" = {1L}"""));
                return "hash: expected";
        }
    }
}
