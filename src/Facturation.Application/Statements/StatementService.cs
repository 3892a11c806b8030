using System.Text.Json.Nodes;
using Facturation.Application.Archiving;
using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Data.Sqlite;
using Facturation.Application.Documents;
using Facturation.Application.Numbering;
using Facturation.Documents.Ledgers;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Statements;

/// <summary>
/// Statements (relevés de factures): one per customer of the selected issued documents, numbered in the
/// statement series, archived as PDF and journaled, all in ONE transaction (a refused statement gives every
/// number back). The archived bytes are what every download and e-mail hands out.
/// </summary>
public sealed class StatementService(FacturationDb db, NumberAllocator numbers, IBusinessClock clock, AuditJournal journal, IArchiveStore store, ArchivedFiles files)
{
    public async Task<StatementBatch> CreateAsync(IReadOnlyCollection<int> invoiceIds, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoiceIds);
        ArgumentNullException.ThrowIfNull(actor);
        var ids = invoiceIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            throw new DomainException("statement.empty", "Sélectionnez au moins une facture ou un avoir émis.", "invoiceIds");
        }

        if (ids.Count > BulkSelection.MaxDocuments)
        {
            throw new DomainException("statement.too_many", $"Sélectionnez au plus {BulkSelection.MaxDocuments} documents.", "invoiceIds");
        }

        using var gate = await SqliteWriterGate.EnterAsync(db.Database, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var documents = await db.Invoices.Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var skipped = ids.Where(id => documents.All(d => d.Id != id)).Select(id => new SkippedDocument(id, null, "Document introuvable.")).ToList();
        skipped.AddRange(documents.Where(d => !CanBeListed(d)).Select(d => new SkippedDocument(d.Id, d.DisplayNumber, $"{d.DisplayNumber} n'est pas émis : il ne peut pas figurer sur un relevé.")));
        var groups = documents.Where(CanBeListed).GroupBy(d => d.CustomerId).OrderBy(g => g.Key).ToList();
        if (groups.Count == 0)
        {
            throw new DomainException("statement.none_issued", "Aucun des documents sélectionnés n'est émis : aucun relevé n'a été créé.", "invoiceIds");
        }

        var series = await db.NumberingSeries.AsNoTracking().SingleAsync(s => s.Kind == SeriesKind.Statement, ct);
        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(ct) ?? new Company("Ma société");
        var today = clock.Today;
        var created = new List<Statement>();
        foreach (var group in groups)
        {
            var number = series.Format(await numbers.NextAsync(series.Id, series.PeriodOf(today), ct), today);
            await EnsureNumberFreeAsync(number, ct);
            var statement = Statement.Issue(number, series.Id, today, [.. group], actor, clock.UtcNow);
            db.Statements.Add(statement);
            await db.SaveChangesAsync(ct);
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == statement.CustomerId, ct);
            var pdf = await store.PutAsync(LedgerPdfRenderer.Render(StatementLedger.Of(statement, company, customer)), "pdf", ct);
            var archive = new StatementArchive(statement.Id, pdf, clock.UtcNow);
            db.StatementArchives.Add(archive);
            await db.SaveChangesAsync(ct);
            await journal.AppendAsync(AuditEvents.StatementIssued, actor, statement.Number, IssuedPayload(statement, archive), ct);
            created.Add(statement);
        }

        await transaction.CommitAsync(ct);
        return new StatementBatch(created, skipped);
    }

    public async Task<Statement> GetAsync(int id, CancellationToken ct) =>
        await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("statement", "Relevé", id);

    /// <summary>Statements, newest first, optionally of one customer; the search matches the number or the customer.</summary>
    public Task<PagedResult<Statement>> ListAsync(ListQuery query, int? customerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var statements = db.Statements.AsNoTracking().IgnoreAutoIncludes();
        if (customerId is { } customer)
        {
            statements = statements.Where(s => s.CustomerId == customer);
        }

        if (query.Term is { } term)
        {
            var customers = db.Customers.Where(c => c.Name.ToLower().Contains(term) || c.Code.ToLower().Contains(term)).Select(c => c.Id);
            statements = statements.Where(s => s.Number.ToLower().Contains(term) || customers.Contains(s.CustomerId));
        }

        return statements.OrderByDescending(s => s.IssueDate).ThenByDescending(s => s.Id).ToPageAsync(query, ct);
    }

    public async Task<IReadOnlyDictionary<int, string>> CustomerNamesAsync(IEnumerable<int> customerIds, CancellationToken ct)
    {
        var ids = customerIds.Distinct().ToList();
        return await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    /// <summary>The archived PDF of a statement (the bytes rendered when it was issued).</summary>
    public async Task<InvoicePdf> PdfAsync(int id, CancellationToken ct)
    {
        var row = await db.StatementArchives.AsNoTracking().Where(a => a.StatementId == id)
            .Join(db.Statements.IgnoreAutoIncludes(), a => a.StatementId, s => s.Id, (a, s) => new { s.Number, a.BlobName, a.Sha256 })
            .SingleOrDefaultAsync(ct) ?? throw DomainException.NotFound("statement", "Relevé", id);
        return new InvoicePdf(InvoicePdf.FileNameFor(row.Number), await files.ReadAsync(row.BlobName, row.Sha256, ct), row.Sha256, IsArchived: true);
    }

    private static bool CanBeListed(Invoice document) => !document.IsDraft && document.Status != InvoiceStatus.Abandoned;

    /// <summary>A legal number is unique across all series (ADR-011), invoices and statements alike.</summary>
    private async Task EnsureNumberFreeAsync(string number, CancellationToken ct)
    {
        if (await db.Invoices.AnyAsync(i => i.Number == number, ct) || await db.Statements.AnyAsync(s => s.Number == number, ct))
        {
            throw DomainException.Conflict(
                "statement.number_taken",
                $"Le numéro {number} est déjà attribué à un autre document : vérifiez le masque des relevés (un numéro légal est unique toutes séries confondues).");
        }
    }

    private static JsonObject IssuedPayload(Statement statement, StatementArchive archive) => new()
    {
        ["statementId"] = statement.Id,
        ["number"] = statement.Number,
        ["customerId"] = statement.CustomerId,
        ["issueDate"] = CanonicalJson.Date(statement.IssueDate),
        ["total"] = CanonicalJson.Amount(statement.Total),
        ["remaining"] = CanonicalJson.Amount(statement.Remaining),
        ["documents"] = new JsonArray([.. statement.Lines.Select(l => (JsonNode)new JsonObject
        {
            ["invoiceId"] = l.InvoiceId,
            ["number"] = l.DocumentNumber,
            ["remaining"] = CanonicalJson.Amount(l.Remaining),
        })]),
        ["pdfSha256"] = archive.Sha256,
    };
}
