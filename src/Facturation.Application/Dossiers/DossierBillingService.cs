using System.Globalization;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Dossiers;

/// <summary>
/// Drafts billed from dossiers: invoice, deposit, situation, balance, mass invoicing, and the merge of drafts.
/// Each draft is created in ONE transaction that first locks the dossier, so two deposits posted at once
/// cannot both pass the "never beyond the total" check. The lines are the domain's (<see cref="DossierBilling"/>);
/// finalization is the ordinary <see cref="InvoiceService.FinalizeAsync"/>.
/// </summary>
public sealed class DossierBillingService(FacturationDb db, DossierService dossiers, InvoiceService invoices, InvoiceLineResolver resolver, IBusinessClock clock)
{
    public Task<Invoice> CreateInvoiceAsync(int dossierId, Actor actor, CancellationToken ct) =>
        CreateDraftAsync(dossierId, InvoiceType.Standard, (_, billing) => billing.InvoiceLines(), actor, ct);

    public Task<Invoice> CreateDepositAsync(int dossierId, DepositInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateDraftAsync(dossierId, InvoiceType.Deposit, (_, billing) => billing.DepositLines(input.Percent, input.Amount, input.Mode), actor, ct);
    }

    public async Task<Invoice> CreateSituationAsync(int dossierId, SituationInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = await dossiers.SettingsAsync(ct);
        return await CreateDraftAsync(
            dossierId,
            InvoiceType.Situation,
            (dossier, billing) => billing.SituationLines(CumulativePercents(dossier, input), input.DepositDeduction ?? settings.DefaultDeduction, settings),
            actor,
            ct);
    }

    /// <summary>The recap panel shown before creating a situation: the draft as it would be (never saved) and the billing recap.</summary>
    public async Task<(Invoice Draft, IReadOnlyList<BillingRecapRow> Recap)> PreviewSituationAsync(int dossierId, SituationInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = await dossiers.SettingsAsync(ct);
        var billing = await dossiers.BillingAsync(dossierId, ct);
        var dossier = billing.Dossier;
        var lines = billing.SituationLines(CumulativePercents(dossier, input), input.DepositDeduction ?? settings.DefaultDeduction, settings);
        var (header, _) = await resolver.ResolveAsync(new InvoiceInput { CustomerId = dossier.CustomerId, Reference = dossier.CustomerReference }, ct);
        var draft = Invoice.CreateFromDossier(InvoiceType.Situation, dossier.Id, dossier.Number, header, lines, "Aperçu", actor, Now);
        return (draft, billing.Recap(draft));
    }

    public Task<Invoice> CreateBalanceAsync(int dossierId, Actor actor, CancellationToken ct) =>
        CreateDraftAsync(dossierId, InvoiceType.FinalBalance, (_, billing) => billing.BalanceLines(), actor, ct);

    /// <summary>
    /// Mass invoicing of accepted dossiers, one invoice per dossier or per customer; each invoice is created
    /// (and finalized when asked) in its own transaction, and a failure stops only that invoice.
    /// </summary>
    public async Task<IReadOnlyList<BatchOutcome>> InvoiceBatchAsync(InvoiceBatchInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ids = input.DossierIds.Distinct().ToList();
        var found = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        if (found.Count == 0)
        {
            throw new DomainException("dossier.batch_none_found", "Aucun des dossiers demandés n'existe.", nameof(InvoiceBatchInput.DossierIds), DomainErrorKind.NotFound);
        }

        var outcomes = ids.Where(id => !found.ContainsKey(id)).Select(id => new BatchOutcome([id], [], null, null, false, $"Dossier {id} introuvable.")).ToList();
        var groups = input.Grouping == BatchGrouping.PerCustomer
            ? found.Values.OrderBy(d => d.Id).GroupBy(d => d.CustomerId).Select(g => g.Select(d => d.Id).ToList())
            : found.Values.OrderBy(d => d.Id).Select(d => new List<int> { d.Id });
        foreach (var group in groups)
        {
            outcomes.AddRange(await InvoiceGroupAsync(group, input.Finalize, actor, ct));
        }

        return outcomes;
    }

    /// <summary>Several drafts of one customer become one (a title line per origin); the originals are deleted, the history names them.</summary>
    public async Task<Invoice> MergeAsync(MergeInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ids = input.InvoiceIds.Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var loaded = await db.Invoices.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var drafts = ids.Select(id => loaded.GetValueOrDefault(id) ?? throw DomainException.NotFound("invoice", "Document", id)).ToList();
        var merged = Invoice.Merge(drafts, await invoices.NextProformaNumberAsync(ct), actor, Now);
        db.Invoices.Add(merged);
        db.Invoices.RemoveRange(drafts);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return merged;
    }

    /// <summary>
    /// What the PDF of a situation or balance prints: the billing recap rows (dossier total, each earlier document,
    /// this one, left to bill); empty for a document that bills no dossier. Per-line previous / current /
    /// cumulative percentages are on the lines themselves (<see cref="InvoiceLine.PreviousPercent"/>…).
    /// </summary>
    public async Task<IReadOnlyList<BillingRecapRow>> RecapAsync(int invoiceId, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, ct) ?? throw DomainException.NotFound("invoice", "Document", invoiceId);
        return await dossiers.RecapAsync(invoice, ct);
    }

    private static Dictionary<int, decimal> CumulativePercents(Dossier dossier, SituationInput input)
    {
        var percents = new Dictionary<int, decimal>();
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var posted = input.Lines[i];
            var line = dossier.Line(posted.DossierLineId, $"Lines[{i}].DossierLineId");
            if (percents.ContainsKey(line.Id))
            {
                throw new DomainException("situation.duplicate_line", "Cette ligne du dossier figure déjà plus haut dans la situation.", $"Lines[{i}].DossierLineId");
            }

            percents[line.Id] = posted.Percent ?? decimal.Round((posted.Quantity ?? 0m) / line.Quantity * 100m, 4);
            if (posted.Percent is null && posted.Quantity > line.Quantity)
            {
                throw new DomainException(
                    "situation.beyond_100",
                    $"« {line.Description} » : la quantité cumulée ne peut pas dépasser la quantité commandée ({line.Quantity.ToString("0.####", CultureInfo.GetCultureInfo("fr-FR"))}).",
                    $"Lines[{i}].Quantity");
            }
        }

        return percents;
    }

    private async Task<IReadOnlyList<BatchOutcome>> InvoiceGroupAsync(List<int> dossierIds, bool finalize, Actor actor, CancellationToken ct)
    {
        var outcomes = new List<BatchOutcome>();
        Invoice invoice;
        var included = new List<Dossier>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var lines = new List<LineDetails>();
            foreach (var id in dossierIds)
            {
                await LockDossierAsync(id, ct);
                var billing = await dossiers.BillingAsync(id, ct);
                var dossier = await dossiers.GetAsync(id, ct);
                try
                {
                    dossier.EnsureAccepted("la facturation en masse");
                    lines.AddRange(billing.InvoiceLines());
                    included.Add(dossier);
                }
                catch (DomainException refused)
                {
                    outcomes.Add(new BatchOutcome([id], [dossier.Number], null, null, false, refused.Message));
                }
            }

            if (included.Count == 0)
            {
                return outcomes;
            }

            invoice = await AddDraftAsync(included[0], included.Count == 1 ? included[0].Id : null, InvoiceType.Standard, lines, actor, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            outcomes.Add(new BatchOutcome(dossierIds, included.Select(d => d.Number).ToList(), null, null, false, refused.Message));
            return outcomes;
        }

        var ids = included.Select(d => d.Id).ToList();
        var numbers = included.Select(d => d.Number).ToList();
        if (!finalize)
        {
            outcomes.Add(new BatchOutcome(ids, numbers, invoice.Id, invoice.DisplayNumber, false, null));
            return outcomes;
        }

        try
        {
            var final = await invoices.FinalizeAsync(invoice.Id, actor, ct);
            outcomes.Add(new BatchOutcome(ids, numbers, final.Id, final.DisplayNumber, true, null));
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            outcomes.Add(new BatchOutcome(ids, numbers, invoice.Id, invoice.DisplayNumber, false, $"Brouillon {invoice.DisplayNumber} créé mais non émis : {refused.Message}"));
        }

        return outcomes;
    }

    private async Task<Invoice> CreateDraftAsync(int dossierId, InvoiceType type, Func<Dossier, DossierBilling, IReadOnlyList<LineDetails>> lines, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockDossierAsync(dossierId, ct);
        var billing = await dossiers.BillingAsync(dossierId, ct);
        var dossier = await dossiers.GetAsync(dossierId, ct);
        var invoice = await AddDraftAsync(dossier, dossier.Id, type, lines(dossier, billing), actor, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return invoice;
    }

    private async Task<Invoice> AddDraftAsync(Dossier dossier, int? dossierId, InvoiceType type, IReadOnlyList<LineDetails> lines, Actor actor, CancellationToken ct)
    {
        var (header, _) = await resolver.ResolveAsync(new InvoiceInput { CustomerId = dossier.CustomerId, Reference = dossier.CustomerReference }, ct);
        var invoice = Invoice.CreateFromDossier(type, dossierId, dossier.Number, header, lines, await invoices.NextProformaNumberAsync(ct), actor, Now);
        db.Invoices.Add(invoice);
        return invoice;
    }

    /// <summary>Serializes billing of one dossier: concurrent requests wait here (SQLite's write transaction already serializes writers).</summary>
    private async Task LockDossierAsync(int id, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.SqlQuery<int>($"""SELECT 1 AS "Value" FROM "Dossiers" WHERE "Id" = {id} FOR UPDATE""").ToListAsync(ct);
        }
        else if (db.Database.IsSqlServer())
        {
            await db.Database.SqlQuery<int>($"SELECT 1 AS [Value] FROM [Dossiers] WITH (UPDLOCK, ROWLOCK) WHERE [Id] = {id}").ToListAsync(ct);
        }
    }

    private DateTime Now => clock.UtcNow;
}
