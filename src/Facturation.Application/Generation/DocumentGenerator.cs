using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Numbering;
using Facturation.Domain.Common;
using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Facturation.Application.Generation;

/// <summary>
/// <c>demo generate</c> (ADR-031): fills an empty database (no issued document, no payment) with a realistic history of
/// documents for benchmarks, in ONE transaction: customers, then slices of documents built by
/// <see cref="GeneratedHistory"/> through the domain and written with <see cref="BulkTableWriter{T}"/>, the series
/// counters set to follow the last numbers, and one <c>data.generated</c> audit entry for the whole run (no per-document
/// <c>invoice.issued</c> entry: their PDFs are rendered and archived at first download, as for documents issued before
/// archiving existed). Rows are inserted as drafts and moved to their status afterwards, so the audit triggers that
/// freeze an issued document's lines stay on and are obeyed. SQLite and PostgreSQL.
/// </summary>
public sealed class DocumentGenerator(FacturationDb db, IBusinessClock clock, AuditJournal journal, InvoiceListTotalsJob listTotals)
{
    private const int SliceSize = 2_000;

    public async Task<GenerationResult> GenerateAsync(GenerationRequest request, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var started = Stopwatch.GetTimestamp();
        var postgres = db.Database.IsNpgsql();
        if (!postgres && !db.Database.IsSqlite())
        {
            throw DomainException.Conflict("generate.provider", "La génération en masse est disponible sur SQLite et PostgreSQL.");
        }

        await EnsureNothingIssuedAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(request.Seed);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (connection, dbTransaction) = (db.Database.GetDbConnection(), transaction.GetDbTransaction());
        var setup = await SetupAsync(ct);

        var customers = await WriteCustomersAsync(request.Customers, random, dbTransaction, ct);
        progress?.Report($"{customers.Count} clients.");

        var history = new GeneratedHistory(random, setup);
        var writer = new BatchWriter(db, connection, dbTransaction);
        var drafts = Math.Min(request.Documents / 300, 200);
        var issued = request.Documents - drafts;
        var first = setup.Today.AddYears(-request.Years);
        var span = setup.Today.DayNumber - first.DayNumber;
        var (written, payments, lines) = (0, 0, 0);
        for (var index = 0; written < issued; index += SliceSize)
        {
            // Dates spread evenly over the years, ascending; the busiest customers get most documents.
            var slice = Enumerable.Range(index, SliceSize)
                .Select(k => (first.AddDays((int)((long)span * Math.Min(k, issued - 1) / issued)), Busy(random, customers)))
                .ToList();
            var batch = history.Build(slice, slice[^1].Item1, issued - written);
            await writer.WriteAsync(batch, ct);
            (written, payments, lines) = (written + batch.Documents.Count, payments + batch.Payments.Count, lines + batch.Documents.Sum(d => d.Lines.Count));
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"{written} / {request.Documents} documents, {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));
        }

        var draftBatch = history.BuildDrafts(Enumerable.Range(0, drafts).Select(_ => (setup.Today.AddDays(-random.Next(0, 10)), Busy(random, customers))).ToList());
        await writer.WriteAsync(draftBatch, ct);
        await WriteCountersAsync(history.Counters, ct);
        if (postgres)
        {
            await ResetIdentitiesAsync(ct);
        }

        var result = new GenerationResult(customers.Count, history.Invoices, history.CreditNotes, history.Drafts, payments, lines + draftBatch.Documents.Sum(d => d.Lines.Count), TimeSpan.Zero);
        await journal.AppendAsync(AuditEvents.DataGenerated, setup.Actor, null, Payload(request, result), ct);
        await transaction.CommitAsync(ct);

        // The triggers appended about three rollup rows per document (inserted as a draft, then moved): fold them now.
        progress?.Report("Totaux de la liste…");
        await listTotals.FoldAsync(ct);

        // Fresh statistics for the planner; on PostgreSQL also reclaims the rows left behind by the draft → issued moves.
        progress?.Report("Statistiques…");
#pragma warning disable EF1002 // Table names come from the EF model, not from input.
        await db.Database.ExecuteSqlRawAsync(postgres ? $"VACUUM ANALYZE {string.Join(", ", GeneratedTables().Select(t => $"\"{t}\""))}" : "ANALYZE", ct);
#pragma warning restore EF1002
        return result with { Elapsed = Stopwatch.GetElapsedTime(started) };
    }

    private static Customer Busy(Random random, List<Customer> customers) => customers[(int)(Math.Pow(random.NextDouble(), 2) * customers.Count)];

    private async Task EnsureNothingIssuedAsync(CancellationToken ct)
    {
        if (await db.Invoices.AnyAsync(i => i.Status != InvoiceStatus.Draft, ct) || await db.Payments.AnyAsync(ct) || await db.Statements.AnyAsync(ct))
        {
            throw DomainException.Conflict(
                "generate.not_empty",
                "La base contient déjà des documents émis ou des règlements : la génération ne s'exécute que sur une base sans document émis (les numéros légaux et le journal d'audit resteraient sinon mêlés à des données fictives).");
        }
    }

    private async Task<GenerationSetup> SetupAsync(CancellationToken ct)
    {
        var series = await db.NumberingSeries.AsNoTracking().ToDictionaryAsync(s => s.Kind, ct);
        var counters = await db.Set<NumberCounter>().AsNoTracking().ToDictionaryAsync(c => (c.SeriesId, c.Period), c => c.NextValue, ct);
        var taxCodes = await db.TaxCodes.AsNoTracking().ToListAsync(ct);
        var terms = await db.Companies.Select(c => c.DefaultPaymentTermsDays).FirstOrDefaultAsync(ct);
        var admin = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           where r.Name == Roles.Admin
                           orderby u.CreatedAtUtc
                           select new Actor(u.Id, u.DisplayName)).FirstOrDefaultAsync(ct);
        var firstId = (await db.Invoices.MaxAsync(i => (int?)i.Id, ct) ?? 0) + 1;
        return new GenerationSetup(
            admin ?? SystemAuditActor.System,
            clock.Today,
            clock.UtcNow,
            series[SeriesKind.Invoice],
            series[SeriesKind.CreditNote],
            series[SeriesKind.Proforma],
            counters,
            firstId,
            terms > 0 ? terms : 30,
            new GeneratedCatalog(taxCodes),
            (invoice, id) => EntityKeys.Set(db, invoice, id));
    }

    private async Task<List<Customer>> WriteCustomersAsync(int count, Random random, System.Data.Common.DbTransaction transaction, CancellationToken ct)
    {
        if (await db.Customers.AnyAsync(c => c.Code.StartsWith("G0"), ct))
        {
            throw DomainException.Conflict("generate.customers_exist", "Des clients générés (codes G0…) existent déjà.");
        }

        var nextId = (await db.Customers.MaxAsync(c => (int?)c.Id, ct) ?? 0) + 1;
        var customers = Enumerable.Range(1, count).Select(i => GeneratedCustomers.Create(random, i)).ToList();
        foreach (var customer in customers)
        {
            EntityKeys.Set(db, customer, nextId++);
        }

        await new BulkTableWriter<Customer>(db).WriteAsync(transaction.Connection!, transaction, customers, ct);
        return customers;
    }

    private async Task WriteCountersAsync(IReadOnlyDictionary<(int SeriesId, string Period), long> counters, CancellationToken ct)
    {
        foreach (var ((seriesId, period), next) in counters)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO "NumberCounters" ("SeriesId", "Period", "NextValue") VALUES ({seriesId}, {period}, {next})
                ON CONFLICT ("SeriesId", "Period") DO UPDATE SET "NextValue" = excluded."NextValue"
                """,
                ct);
        }
    }

    /// <summary>Keys were given explicitly: move each identity sequence past them (PostgreSQL; SQLite's rowid follows by itself).</summary>
    private async Task ResetIdentitiesAsync(CancellationToken ct)
    {
        foreach (var table in GeneratedTables())
        {
#pragma warning disable EF1002 // Table names come from the EF model, not from input.
            await db.Database.ExecuteSqlRawAsync($"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), GREATEST((SELECT MAX("Id") FROM "{table}"), 1))""", ct);
#pragma warning restore EF1002
        }
    }

    private IEnumerable<string> GeneratedTables() =>
        new[] { typeof(Customer), typeof(Invoice), typeof(InvoiceLine), typeof(InvoiceHistoryEntry), typeof(Payment), typeof(PaymentAllocation), typeof(CreditApplication), typeof(InvoiceListTotal) }
            .Select(type => db.Model.FindEntityType(type)!.GetTableName()!);

    private static JsonObject Payload(GenerationRequest request, GenerationResult result) => new()
    {
        ["generatedData"] = true,
        ["seed"] = request.Seed,
        ["years"] = request.Years,
        ["customers"] = result.Customers,
        ["invoices"] = result.Invoices,
        ["creditNotes"] = result.CreditNotes,
        ["drafts"] = result.Drafts,
        ["payments"] = result.Payments,
        ["publicNote"] = GenerationSetup.PublicNote,
    };

    /// <summary>Writes one slice: documents as drafts with their lines, history, payments and credit applications, then each document's status.</summary>
    private sealed class BatchWriter(FacturationDb db, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction)
    {
        private readonly Dictionary<object, int> _owners = new(ReferenceEqualityComparer.Instance);
        private readonly BulkTableWriter<Invoice> _invoices = new(db, new Dictionary<string, Func<Invoice, object?>>
        {
            [nameof(Invoice.Status)] = _ => InvoiceStatus.Draft,
            [nameof(Invoice.CancelledById)] = _ => null,
        });

        private BulkTableWriter<InvoiceLine>? _lines;
        private BulkTableWriter<InvoiceHistoryEntry>? _history;
        private BulkTableWriter<Payment>? _payments;
        private BulkTableWriter<PaymentAllocation>? _allocations;
        private BulkTableWriter<CreditApplication>? _credits;
        private int _lineId = -1;
        private int _historyId = -1;
        private int _paymentId = -1;
        private int _allocationId = -1;
        private int _creditId = -1;

        public async Task WriteAsync(GeneratedBatch batch, CancellationToken ct)
        {
            await StartAsync(ct);
            _owners.Clear();
            var lines = new List<InvoiceLine>();
            var history = new List<InvoiceHistoryEntry>();
            foreach (var document in batch.Documents)
            {
                foreach (var line in document.Lines)
                {
                    EntityKeys.Set(db, line, _lineId++);
                    _owners[line] = document.Id;
                    lines.Add(line);
                }

                foreach (var entry in document.History)
                {
                    EntityKeys.Set(db, entry, _historyId++);
                    _owners[entry] = document.Id;
                    history.Add(entry);
                }
            }

            var allocations = new List<PaymentAllocation>();
            foreach (var payment in batch.Payments)
            {
                EntityKeys.Set(db, payment, _paymentId++);
                foreach (var allocation in payment.Allocations)
                {
                    EntityKeys.Set(db, allocation, _allocationId++);
                    _owners[allocation] = payment.Id;
                    allocations.Add(allocation);
                }
            }

            foreach (var credit in batch.CreditApplications)
            {
                EntityKeys.Set(db, credit, _creditId++);
            }

            await _invoices.WriteAsync(connection, transaction, batch.Documents, ct);
            await _lines!.WriteAsync(connection, transaction, lines, ct);
            await _history!.WriteAsync(connection, transaction, history, ct);
            await _payments!.WriteAsync(connection, transaction, batch.Payments, ct);
            await _allocations!.WriteAsync(connection, transaction, allocations, ct);
            await _credits!.WriteAsync(connection, transaction, batch.CreditApplications, ct);
            await IssueAsync(batch.Documents, ct);
        }

        private async Task StartAsync(CancellationToken ct)
        {
            if (_lines is not null)
            {
                return;
            }

            Func<T, object?> Owner<T>() => row => _owners[row!];
            _lines = new(db, new Dictionary<string, Func<InvoiceLine, object?>> { ["InvoiceId"] = Owner<InvoiceLine>() });
            _history = new(db, new Dictionary<string, Func<InvoiceHistoryEntry, object?>> { ["InvoiceId"] = Owner<InvoiceHistoryEntry>() });
            _payments = new(db);
            _allocations = new(db, new Dictionary<string, Func<PaymentAllocation, object?>> { ["PaymentId"] = Owner<PaymentAllocation>() });
            _credits = new(db);
            _lineId = (await db.Set<InvoiceLine>().MaxAsync(l => (int?)l.Id, ct) ?? 0) + 1;
            _historyId = (await db.Set<InvoiceHistoryEntry>().MaxAsync(h => (int?)h.Id, ct) ?? 0) + 1;
            _paymentId = (await db.Payments.MaxAsync(p => (int?)p.Id, ct) ?? 0) + 1;
            _allocationId = (await db.Set<PaymentAllocation>().MaxAsync(a => (int?)a.Id, ct) ?? 0) + 1;
            _creditId = (await db.Set<CreditApplication>().MaxAsync(c => (int?)c.Id, ct) ?? 0) + 1;
        }

        /// <summary>The draft → issued move, as finalization does it (the triggers allow it from Draft only); cancellation links last.</summary>
        private async Task IssueAsync(List<Invoice> documents, CancellationToken ct)
        {
            foreach (var group in documents.Where(d => !d.IsDraft).GroupBy(d => d.Status))
            {
                foreach (var chunk in group.Select(d => d.Id).Chunk(1_000))
                {
                    var ids = string.Join(',', chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)));
#pragma warning disable EF1002 // Integer ids formatted invariantly; the status is a parameter.
                    await db.Database.ExecuteSqlRawAsync($$"""UPDATE "Invoices" SET "Status" = {0} WHERE "Id" IN ({{ids}})""", [group.Key.ToString()], ct);
#pragma warning restore EF1002
                }
            }

            foreach (var cancelled in documents.Where(d => d.CancelledById is not null))
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Invoices" SET "CancelledById" = {cancelled.CancelledById} WHERE "Id" = {cancelled.Id}""", ct);
            }
        }
    }
}
