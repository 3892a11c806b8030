using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Application.Mail;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Domain.Recurring;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Recurring;

/// <summary>
/// Generates ONE occurrence of a template in ONE transaction: the claim row (unique per template and date), the
/// draft, its finalization through <see cref="InvoiceService.FinalizeAsync"/> (number, archive, e-invoice, audit),
/// the e-mail queued in the outbox, and the template moved to its next date. A second instance generating the same
/// occurrence waits on the claim and then finds it taken; a crash rolls everything back, number included.
/// </summary>
public sealed class RecurringInvoiceGenerator(FacturationDb db, InvoiceService invoices, InvoiceMailService mail, IBusinessClock clock)
{
    /// <summary>The occurrence generated, or null when another instance had already generated it.</summary>
    public async Task<RecurringInvoiceOccurrence?> GenerateAsync(int templateId, DateOnly occurrenceDate, Actor actor, string generatedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var template = await db.RecurringInvoiceTemplates.Include(t => t.Lines).SingleOrDefaultAsync(t => t.Id == templateId, ct)
            ?? throw DomainException.NotFound("recurring", "Modèle de facture récurrente", templateId);
        if (template.Status != RecurringTemplateStatus.Active || template.NextDate != occurrenceDate)
        {
            return null;
        }

        var occurrence = template.Claim(occurrenceDate, generatedBy, clock.UtcNow);
        db.RecurringInvoiceOccurrences.Add(occurrence);
        if (!await TryClaimAsync(transaction, occurrence, ct))
        {
            return null;
        }

        // An occurrence still to come (run now) is dated today: a document is never issued in the future.
        var today = clock.Today;
        var documentDate = occurrenceDate < today ? occurrenceDate : today;
        var draft = await invoices.CreateDraftAsync(DraftOf(template, occurrenceDate, documentDate), actor, ct);
        var (outcome, note) = template.Action == RecurringAction.Draft
            ? (OccurrenceOutcome.Draft, null)
            : await IssueAsync(draft, template.Action, documentDate, actor, ct);
        occurrence.Complete(draft.Id, draft.DisplayNumber, outcome, note);
        template.Advance(occurrence, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return occurrence;
    }

    /// <summary>Keeps why an occurrence could not be generated, shown on the template until the next success.</summary>
    public async Task RecordFailureAsync(int templateId, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.RecurringInvoiceTemplates.SingleOrDefaultAsync(t => t.Id == templateId, ct) is { } template)
        {
            template.RecordFailure(message.Length > 1000 ? message[..1000] : message, clock.UtcNow);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The draft of one occurrence: the template's lines with their placeholders replaced.</summary>
    public static InvoiceInput DraftOf(RecurringInvoiceTemplate template, DateOnly occurrenceDate, DateOnly documentDate)
    {
        ArgumentNullException.ThrowIfNull(template);
        var schedule = template.Schedule;
        string? Expand(string? text) => RecurringPlaceholders.Expand(text, schedule, occurrenceDate);
        return new InvoiceInput
        {
            CustomerId = template.CustomerId,
            Kind = InvoiceKind.Invoice,
            Type = InvoiceType.Standard,
            IssueDate = documentDate,
            PaymentTermsDays = template.PaymentTermsDays,
            PublicNote = Expand(template.PublicNote),
            PrivateNote = Expand(template.PrivateNote),
            Lines = template.Lines.OrderBy(l => l.Position).Select(l => RecurringInvoiceInput.LineInput(l, Expand(l.Description))).ToList(),
        };
    }

    /// <summary>
    /// Inserts the claim. Under a race the unique (template, date) index makes the second insert wait for the first
    /// transaction and then fail: that instance rolls back and leaves the occurrence to the first.
    /// </summary>
    private async Task<bool> TryClaimAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, RecurringInvoiceOccurrence occurrence, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await db.RecurringInvoiceOccurrences.AnyAsync(o => o.TemplateId == occurrence.TemplateId && o.OccurrenceDate == occurrence.OccurrenceDate, ct))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>
    /// Issues the draft at its date when the numbering rules allow it (ADR-011); otherwise (a past occurrence outside
    /// the back-dating window, or before the series' last issued document) the draft stays, with the reason.
    /// </summary>
    private async Task<(OccurrenceOutcome, string?)> IssueAsync(Invoice draft, RecurringAction action, DateOnly documentDate, Actor actor, CancellationToken ct)
    {
        if (await IssueProblemAsync(draft, documentDate, ct) is { } problem)
        {
            return (OccurrenceOutcome.DraftNotIssued, $"Brouillon non émis : {problem.Message}");
        }

        await invoices.FinalizeAsync(draft.Id, actor, ct);
        return action == RecurringAction.IssueAndSend ? await QueueMailAsync(draft.Id, actor, ct) : (OccurrenceOutcome.Issued, null);
    }

    private async Task<DomainException?> IssueProblemAsync(Invoice draft, DateOnly documentDate, CancellationToken ct)
    {
        var company = await db.Companies.AsNoTracking().Select(c => new { c.GlAccountRequiredOnLines, c.BackdatingDays }).FirstAsync(ct);
        if (draft.FinalizationProblems(company.GlAccountRequiredOnLines) is [var first, ..])
        {
            return first;
        }

        var seriesId = await db.NumberingSeries.Where(s => s.Kind == SeriesKind.Invoice).Select(s => s.Id).SingleAsync(ct);
        var lastIssueDate = await db.Invoices.Where(i => i.SeriesId == seriesId).MaxAsync(i => i.IssueDate, ct);
        try
        {
            new IssueDateRule(clock.Today, lastIssueDate, company.BackdatingDays).Resolve(documentDate);
            return null;
        }
        catch (DomainException refused)
        {
            return refused;
        }
    }

    /// <summary>Queues the e-mail to the billing contact (the send screen's defaults); a customer without address is recorded, not an error.</summary>
    private async Task<(OccurrenceOutcome, string?)> QueueMailAsync(int invoiceId, Actor actor, CancellationToken ct)
    {
        var message = await mail.DefaultsAsync(invoiceId, ct);
        if (message.To.Count == 0)
        {
            return (OccurrenceOutcome.IssuedNotSent, "Émise, non envoyée : le client n'a pas d'adresse e-mail.");
        }

        try
        {
            await mail.RequestAsync(invoiceId, message, actor, ct);
            return (OccurrenceOutcome.IssuedAndQueued, $"E-mail en file d'envoi pour {string.Join(", ", message.To)}.");
        }
        catch (DomainException refused)
        {
            // Refused before anything was written (no sender configured, invalid address): the invoice stays issued.
            return (OccurrenceOutcome.IssuedNotSent, $"Émise, non envoyée : {refused.Message}");
        }
    }
}
