using System.Diagnostics;
using Facturation.Application.Archiving;
using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Numbering;
using Facturation.Application.Telemetry;
using Facturation.Documents;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Invoicing;

/// <summary>
/// The invoice use cases: drafts (create, edit, delete, duplicate) and finalization, which takes the legal
/// number and freezes the document in ONE transaction. Every rule is the aggregate's; this service loads,
/// resolves references (customer, tax codes, GL accounts, products) and saves.
/// </summary>
public sealed class InvoiceService(
    FacturationDb db,
    NumberAllocator numbers,
    InvoiceLineResolver resolver,
    IBusinessClock clock,
    InvoiceSnapshotBuilder snapshots,
    IEInvoiceXmlSource eInvoices,
    InvoiceArchiver archiver,
    IOptions<ArchiveOptions> archiveOptions,
    AuditJournal journal,
    FacturationMetrics metrics,
    FinalizationGate gate)
{
    public async Task<Invoice> GetAsync(int id, CancellationToken ct) =>
        await db.Invoices.AsNoTracking().Include(i => i.History).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct)
        ?? throw DomainException.NotFound("invoice", "Document", id);

    public Task<PagedResult<Invoice>> ListAsync(InvoiceListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var invoices = InvoiceListFilters.Apply(db.Invoices.AsNoTracking(), db, query, clock.Today);
        invoices = (query.Sort?.ToLowerInvariant(), query.Descending) switch
        {
            ("number", false) => invoices.OrderBy(i => i.Number).ThenBy(i => i.ProformaNumber),
            ("number", true) => invoices.OrderByDescending(i => i.Number).ThenByDescending(i => i.ProformaNumber),
            ("duedate", false) => invoices.OrderBy(i => i.DueDate).ThenBy(i => i.Id),
            ("duedate", true) => invoices.OrderByDescending(i => i.DueDate).ThenByDescending(i => i.Id),
            ("issuedate", false) => invoices.OrderBy(i => i.IssueDate).ThenBy(i => i.Id),
            (_, false) => invoices.OrderBy(i => i.Id),
            _ => invoices.OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Id),
        };
        return invoices.ToPageAsync(query.Paging, ct);
    }

    /// <summary>The names of the customers of one page of the list, in one query.</summary>
    public async Task<IReadOnlyDictionary<int, string>> CustomerNamesAsync(IEnumerable<int> customerIds, CancellationToken ct)
    {
        var ids = customerIds.Distinct().ToList();
        return await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    public Task<InvoiceEditorChoices> EditorChoicesAsync(CancellationToken ct) => InvoiceEditorChoices.LoadAsync(db, ct);

    public Task<IReadOnlyList<Choice>> ContactChoicesAsync(int? customerId, CancellationToken ct) => InvoiceEditorChoices.LoadContactsAsync(db, customerId, ct);

    /// <summary>The draft as it would be saved, built in memory (never saved) so the editor shows the aggregate's own totals.</summary>
    public async Task<Invoice> PreviewAsync(InvoiceInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (header, lines) = await resolver.ResolveAsync(input, ct);
        return Invoice.CreateDraft(input.Kind ?? InvoiceKind.Invoice, input.Type ?? DefaultType(input.Kind), header, lines, string.Empty, actor, Now);
    }

    public async Task<Invoice> CreateDraftAsync(InvoiceInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Type is InvoiceType.Cancellation or InvoiceType.Penalty or InvoiceType.Replacement)
        {
            throw new DomainException(
                "invoice.type_by_operation",
                "Ce type de document se crée par son opération (annuler, remplacer, pénalités) depuis la facture d'origine.",
                nameof(InvoiceInput.Type));
        }

        var (header, lines) = await resolver.ResolveAsync(input, ct);

        // Joins the caller's transaction when there is one (a recurring invoice's occurrence is generated in its own).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var proforma = await NextProformaNumberAsync(ct);
        var invoice = Invoice.CreateDraft(input.Kind ?? InvoiceKind.Invoice, input.Type ?? DefaultType(input.Kind), header, lines, proforma, actor, Now);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return invoice;
    }

    public async Task<Invoice> UpdateDraftAsync(int id, InvoiceInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var invoice = await FindTrackedAsync(id, ct);
        var (header, lines) = await resolver.ResolveAsync(input, ct);
        invoice.UpdateDraft(header, lines, actor, Now);
        await db.SaveChangesAsync(ct);
        return invoice;
    }

    public async Task DeleteDraftAsync(int id, CancellationToken ct)
    {
        var invoice = await FindTrackedAsync(id, ct);
        invoice.EnsureDeletable();
        db.Invoices.Remove(invoice);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Invoice> DuplicateAsync(int id, Actor actor, CancellationToken ct)
    {
        var original = await FindTrackedAsync(id, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var copy = original.Duplicate(await NextProformaNumberAsync(ct), actor, Now);
        db.Invoices.Add(copy);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return copy;
    }

    /// <summary>
    /// Takes the next number of the document's series and freezes the draft, all in one transaction: any
    /// failure rolls everything back and gives the number back. A document already issued is returned as is
    /// (a double click finalizes once); a cancelled or abandoned one is refused (409).
    /// Everything the document prints is loaded before the number is taken; the counter is held only for the number,
    /// the in-memory freeze, the frozen snapshot and the audit entry. The PDF is rendered and archived after the
    /// commit, outside every lock (ADR-025); readers archive first if that step has not happened yet.
    /// </summary>
    public async Task<Invoice> FinalizeAsync(int id, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var started = Stopwatch.GetTimestamp();
        var ownTransaction = db.Database.CurrentTransaction is null;
        var issue = await IssueInTurnAsync(id, actor, ownTransaction, ct);

        // Within a caller's transaction, the caller's commit publishes the document and the first reader archives it;
        // the count comes before that commit (a later rollback is rare and gives the number back).
        if (!ownTransaction || !archiveOptions.Value.RenderAfterFinalization)
        {
            CountFinalized(issue, started);
            return issue.Invoice;
        }

        // After the commit, outside every lock. A retried click after a crash between the commit and the render
        // finishes the archive now.
        if (issue.Snapshot is null)
        {
            await archiver.ArchiveAsync(id, ct);
        }
        else
        {
            await archiver.ArchiveIssuedAsync(issue.Invoice, issue.Snapshot, issue.Cii, ct);
        }

        CountFinalized(issue, started);
        return issue.Invoice;
    }

    /// <summary>
    /// Reads the document and what it prints, then issues it. On a server database a finalization in its own transaction
    /// first waits for a slot of <see cref="FinalizationGate"/> (ADR-038), freed at its commit, before the render; one
    /// inside a caller's transaction does not wait: that transaction may already hold rows a slot holder waits for.
    /// </summary>
    private async Task<Issue> IssueInTurnAsync(int id, Actor actor, bool ownTransaction, CancellationToken ct)
    {
        using var slot = ownTransaction && !db.Database.IsSqlite() ? await gate.EnterAsync(ct) : default;

        // The document is read ONCE, tracked with its lines and history, before any lock; under the lock a one-row stamp
        // tells whether it changed meanwhile (then it is read again), so the common case reads it a single time.
        var invoice = await FindTrackedAsync(id, ct);
        var prepared = invoice.IsDraft ? await PrepareAsync(invoice, ct) : null;

        // Own transaction: on SQLite shared with the finalizations queued meanwhile, a savepoint each (ADR-035); inside a
        // caller's transaction (a cancellation issuing its credit note, a recurring occurrence) the step joins it.
        return ownTransaction
            ? await WriteTransaction.RunAsync(db, token => IssueAsync(invoice, prepared, actor, commitsAfterSave: true, token), ct)
            : await IssueAsync(invoice, prepared, actor, commitsAfterSave: false, ct);
    }

    /// <summary>
    /// The write step of a finalization, inside the transaction (own, shared or the caller's): the draft's lock and
    /// stamp, the date rule, the number, the freeze, the snapshot and CII, the save and the audit entry. A document
    /// already issued comes back without a snapshot. <paramref name="commitsAfterSave"/>: the transaction commits right
    /// after this step's save (its own), so the audit entry may go with that save (ADR-037).
    /// </summary>
    private async Task<Issue> IssueAsync(Invoice invoice, FinalizationInputs? prepared, Actor actor, bool commitsAfterSave, CancellationToken ct)
    {
        var locked = await DraftStamp.LockAndReadAsync(db, invoice.Id, prepared?.SeriesKind ?? SeriesFor(invoice), ct);
        if (locked.Stamp != DraftStamp.Of(invoice))
        {
            invoice = await ReloadTrackedAsync(invoice, ct);
            prepared = null;
        }

        if (!invoice.NeedsFinalization())
        {
            return new Issue(invoice, null, null);
        }

        // Edited between the preparation and the lock: prepare again, now under the draft's lock (and read its series again).
        if (prepared is null)
        {
            prepared = await PrepareAsync(invoice, ct);
            locked = await DraftStamp.LockAndReadAsync(db, invoice.Id, prepared.SeriesKind, ct);
        }

        // The aggregate checks the draft and its date before anything is saved; if it refuses, the rollback gives the number back.
        var series = locked.Series;
        var dating = new IssueDateRule(clock.Today, locked.LastIssueDateOfSeries, prepared.BackdatingDays);
        var issueDate = dating.Resolve(invoice.IssueDate);
        await CreditNoteLimit.EnsureAsync(db, invoice, null, ct);
        var number = series.Format(await numbers.NextAsync(series.Id, series.PeriodOf(issueDate), ct), issueDate);
        var auditHead = await EnsureNumberAndChronologyAsync(series.Id, number, issueDate, dating, lockAuditHead: commitsAfterSave, ct);
        invoice.Finalize(number, series.Id, dating, prepared.GlAccountRequiredOnLines, actor, Now);
        var sources = SnapshotSources.DependOnIssuedState(invoice) ? await snapshots.PrepareAsync(invoice, ct) : prepared.Sources;
        var snapshot = sources.Build(invoice);

        // The e-invoice is produced now, before the commit: a document whose CII cannot be built is never issued.
        var cii = eInvoices.CiiFor(invoice, snapshot);
        var frozen = IssuedSnapshotStore.Serialize(snapshot);
        db.IssuedSnapshots.Add(new IssuedSnapshot(invoice.Id, frozen, Now));
        var payload = IssuedDocumentPayload.Build(invoice, IssuedDocumentPayload.CustomerIdentity(prepared.Sources.Customer), prepared.OriginNumber, FrozenPrint.Snapshot(frozen));
        await journal.AppendAsync(AuditEvents.InvoiceIssued, actor, invoice.Number, payload, ct);
        if (auditHead is { } head)
        {
            journal.WriteWithNextSave(head);
        }

        await db.SaveChangesAsync(ct);
        return new Issue(invoice, snapshot, cii);
    }

    private void CountFinalized(Issue issue, long started)
    {
        if (issue.Snapshot is not null)
        {
            metrics.DocumentFinalized(issue.Invoice.Kind, started);
        }
    }

    /// <summary>What finalization reads before the draft's lock: settings, the series' kind, the parties as printed.</summary>
    /// <remarks>The company's settings are read from the company the snapshot prints (one read, one state).</remarks>
    private async Task<FinalizationInputs> PrepareAsync(Invoice draft, CancellationToken ct)
    {
        var sources = await snapshots.PrepareAsync(draft, ct);
        var company = sources.Company;
        var seriesKind = draft.Type == InvoiceType.Deposit && company.DossierBilling.DepositsAsPaymentRequests ? SeriesKind.Deposit : SeriesFor(draft);
        var originNumber = draft.OriginInvoiceId is { } originId
            ? await db.Invoices.AsNoTracking().Where(i => i.Id == originId).Select(i => i.Number ?? i.ProformaNumber).SingleOrDefaultAsync(ct)
            : null;
        return new FinalizationInputs(seriesKind, company.GlAccountRequiredOnLines, company.BackdatingDays, originNumber, sources);
    }

    private DateTime Now => clock.UtcNow;

    private static InvoiceType DefaultType(InvoiceKind? kind) => kind == InvoiceKind.CreditNote ? InvoiceType.Manual : InvoiceType.Standard;

    private static SeriesKind SeriesFor(Invoice invoice) => invoice.Kind == InvoiceKind.CreditNote ? SeriesKind.CreditNote : SeriesKind.Invoice;

    /// <summary>The next proforma number, inside the caller's transaction (also used by dossier billing and corrections).</summary>
    internal async Task<string> NextProformaNumberAsync(CancellationToken ct)
    {
        var series = await db.NumberingSeries.AsNoTracking().SingleAsync(s => s.Kind == SeriesKind.Proforma, ct);
        var today = clock.Today;
        return series.Format(await numbers.NextAsync(series.Id, series.PeriodOf(today), ct), today);
    }

    /// <summary>
    /// The checks that need the number, in ONE query while the counter row is held (every statement here delays the next
    /// finalization of the series). A legal number is unique across all series (ADR-011): a mask forced past the settings
    /// check (or an old database) must not issue a number another document or statement holds; the unique index on
    /// Invoices.Number backs this. Chronology (ADR-011, session 11): on PostgreSQL and SQL Server the series' last issue
    /// date was read under the draft's lock only, and a finalization of the same series may have committed a later date
    /// while this one waited for the counter — a backdated document would then take the later number with the earlier
    /// date. The counter now held, every earlier number of the series is committed, so the date is checked again here.
    /// SQLite's write transaction serialized the first read already. With <paramref name="lockAuditHead"/> (PostgreSQL and
    /// SQL Server) the same query locks the audit chain's head and returns where it ends (ADR-037).
    /// </summary>
    private async Task<AuditHeadPosition?> EnsureNumberAndChronologyAsync(int seriesId, string number, DateOnly issueDate, IssueDateRule dating, bool lockAuditHead, CancellationToken ct)
    {
        bool taken;
        AuditHeadPosition? auditHead = null;
        if (db.Database.IsSqlite())
        {
            taken = await NumberHolders(number).AnyAsync(ct);
        }
        else
        {
            // Materialized first: the statement ends with a lock clause, nothing may be composed around it.
            var state = (await UnderCounterState.Query(db, seriesId, number, lockAuditHead).ToListAsync(ct)).Single();
            if (state.LastIssueDate != dating.LastIssueDateOfSeries)
            {
                (dating with { LastIssueDateOfSeries = state.LastIssueDate }).Resolve(issueDate);
            }

            taken = state.Taken;
            auditHead = state.AuditHead();
        }

        if (taken)
        {
            throw DomainException.Conflict(
                "invoice.number_taken",
                $"Le numéro {number} est déjà attribué à un autre document : vérifiez les masques de numérotation (un numéro légal est unique toutes séries confondues).");
        }

        return auditHead;
    }

    // The documents holding a number: invoices and statements (UNION ALL under EXISTS).
    private IQueryable<int> NumberHolders(string number) =>
        db.Invoices.Where(i => i.Number == number).Select(i => i.Id).Concat(db.Statements.Where(s => s.Number == number).Select(s => s.Id));

    /// <summary>
    /// Reads the document again after another request changed it: the stale instance and its lines and history are
    /// forgotten first, otherwise the context would hand them back unchanged (identity resolution).
    /// </summary>
    private async Task<Invoice> ReloadTrackedAsync(Invoice stale, CancellationToken ct)
    {
        foreach (var line in stale.Lines)
        {
            db.Entry(line).State = EntityState.Detached;
        }

        foreach (var entry in stale.History)
        {
            db.Entry(entry).State = EntityState.Detached;
        }

        db.Entry(stale).State = EntityState.Detached;
        return await FindTrackedAsync(stale.Id, ct);
    }

    /// <summary>
    /// The document with its lines (one query, a row per line) and its history (a second query), so that the document
    /// returned after a change shows the whole history, not only the new entry. Two round trips, not the three of a split
    /// query: a finalization pays for each one (ADR-038).
    /// </summary>
    private async Task<Invoice> FindTrackedAsync(int id, CancellationToken ct)
    {
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw DomainException.NotFound("invoice", "Document", id);
        await db.Entry(invoice).Collection(i => i.History).LoadAsync(ct);
        return invoice;
    }

    /// <summary>What the write step leaves for after the commit: no snapshot when the document was already issued.</summary>
    private sealed record Issue(Invoice Invoice, InvoiceDocumentSnapshot? Snapshot, byte[]? Cii);
}
