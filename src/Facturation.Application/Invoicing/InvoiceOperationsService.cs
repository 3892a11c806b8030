using System.Globalization;
using System.Text.Json.Nodes;
using Facturation.Application.Activities;
using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing;

/// <summary>
/// The after-issue changes that touch statistics, never the legal content nor the archived PDF (ADR-027): the
/// dossier and activity links of an issued document and the author of any document. Each runs in one transaction
/// that records the document history and, for issued documents, an audit journal entry.
/// </summary>
public sealed class InvoiceOperationsService(FacturationDb db, ActivityService activities, IBusinessClock clock, AuditJournal journal)
{
    public async Task<Invoice> RelinkAsync(int id, OperationalLinksInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invoice = await FindTrackedAsync(id, ct);
        string? dossierNumber = null;
        if (input.DossierId is { } dossierId && dossierId != invoice.DossierId)
        {
            var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => new { d.CustomerId, d.Number }).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("invoice.dossier_unknown", "Dossier introuvable.", nameof(OperationalLinksInput.DossierId));
            if (dossier.CustomerId != invoice.CustomerId)
            {
                throw new DomainException("invoice.dossier_customer", "Ce dossier est celui d'un autre client.", nameof(OperationalLinksInput.DossierId));
            }

            dossierNumber = dossier.Number;
        }

        await activities.EnsureSelectableAsync(input.ActivityId, invoice.ActivityId, nameof(OperationalLinksInput.ActivityId), ct);
        var (dossierBefore, activityBefore) = (invoice.DossierId, invoice.ActivityId);
        dossierNumber ??= input.DossierId is { } unchanged ? await db.Dossiers.Where(d => d.Id == unchanged).Select(d => d.Number).SingleAsync(ct) : null;
        var activityName = input.ActivityId is { } activityId ? await db.Activities.Where(a => a.Id == activityId).Select(a => a.Name).SingleAsync(ct) : null;
        invoice.RelinkOperations(
            input.DossierId,
            input.ActivityId,
            $"Opérations : dossier {dossierNumber ?? "aucun"}, activité {activityName ?? "aucune"}.",
            actor,
            clock.UtcNow);
        if (dossierBefore != invoice.DossierId || activityBefore != invoice.ActivityId)
        {
            var payload = new JsonObject();
            AddIfPresent(payload, "dossierBefore", dossierBefore);
            AddIfPresent(payload, "dossier", invoice.DossierId);
            AddIfPresent(payload, "activityBefore", activityBefore);
            AddIfPresent(payload, "activity", invoice.ActivityId);
            await journal.AppendAsync(AuditEvents.InvoiceOperationsChanged, actor, invoice.Number, payload, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return invoice;
    }

    public async Task<Invoice> ChangeAuthorAsync(int id, string? authorId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invoice = await FindTrackedAsync(id, ct);
        var author = await db.Users.AsNoTracking().Where(u => u.Id == authorId).Select(u => new { u.Id, u.DisplayName, u.UserName }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("invoice.author_unknown", "Utilisateur introuvable.", "AuthorId");
        var before = invoice.AuthorId;
        invoice.ChangeAuthor(author.Id, string.IsNullOrEmpty(author.DisplayName) ? author.UserName ?? author.Id : author.DisplayName, actor, clock.UtcNow);
        if (!invoice.IsDraft && before != invoice.AuthorId)
        {
            await journal.AppendAsync(AuditEvents.InvoiceAuthorChanged, actor, invoice.Number, new JsonObject { ["authorBefore"] = before, ["author"] = author.Id }, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return invoice;
    }

    /// <summary>The customer's dossiers, the active activities (plus the document's own) and the users who may be named author.</summary>
    public async Task<OperationChoices> ChoicesAsync(Invoice invoice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.CustomerId == invoice.CustomerId).OrderByDescending(d => d.Id)
            .Select(d => new { d.Id, d.Number, d.Name }).ToListAsync(ct);
        var activityRows = await db.Activities.AsNoTracking().Where(a => a.Active || a.Id == invoice.ActivityId).OrderBy(a => a.Code).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct);
        return new OperationChoices(
            [.. dossiers.Select(d => new Choice(d.Id.ToString(CultureInfo.InvariantCulture), $"{d.Number} — {d.Name}"))],
            [.. activityRows.Select(a => new Choice(a.Id.ToString(CultureInfo.InvariantCulture), $"{a.Code} — {a.Name}"))],
            [.. users.Select(u => new Choice(u.Id, string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName))]);
    }

    private static void AddIfPresent(JsonObject payload, string key, int? value)
    {
        if (value is { } present)
        {
            payload[key] = present;
        }
    }

    private async Task<Invoice> FindTrackedAsync(int id, CancellationToken ct) =>
        await db.Invoices.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw DomainException.NotFound("invoice", "Document", id);
}
