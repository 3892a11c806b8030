using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Recurring;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Recurring;

/// <summary>
/// The recurring-invoice use cases: list, create, edit, pause, resume and run now. Generation itself is
/// <see cref="RecurringInvoiceGenerator"/>'s, shared with the scheduled job.
/// </summary>
public sealed class RecurringInvoiceService(FacturationDb db, InvoiceLineResolver resolver, RecurringInvoiceGenerator generator, IBusinessClock clock)
{
    public async Task<PagedResult<RecurringInvoiceListItem>> ListAsync(ListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var templates = db.RecurringInvoiceTemplates.AsNoTracking().Include(t => t.Lines).AsSplitQuery();
        if (query.Term is { } term)
        {
            var customers = db.Customers.Where(c => c.Name.ToLower().Contains(term) || c.Code.ToLower().Contains(term)).Select(c => c.Id);
            templates = templates.Where(t => (t.Title != null && t.Title.ToLower().Contains(term)) || customers.Contains(t.CustomerId));
        }

        var page = await templates.OrderBy(t => t.Status).ThenBy(t => t.NextDate).ThenBy(t => t.Id).ToPageAsync(query, ct);
        var customerIds = page.Items.Select(t => t.CustomerId).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var invoiceIds = page.Items.Select(t => t.LastInvoiceId).OfType<int>().ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => invoiceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number ?? i.ProformaNumber, ct);
        var items = page.Items
            .Select(t => new RecurringInvoiceListItem(t, names.GetValueOrDefault(t.CustomerId, string.Empty), t.LastInvoiceId is { } id ? numbers.GetValueOrDefault(id) : null))
            .ToList();
        return new PagedResult<RecurringInvoiceListItem>(items, page.Total, page.Page, page.PageSize);
    }

    public async Task<RecurringInvoiceTemplate> GetAsync(int id, CancellationToken ct) =>
        await db.RecurringInvoiceTemplates.AsNoTracking().Include(t => t.Lines).SingleOrDefaultAsync(t => t.Id == id, ct)
        ?? throw NotFound(id);

    /// <summary>The generated occurrences, newest first (the template's history).</summary>
    public async Task<IReadOnlyList<RecurringInvoiceOccurrence>> OccurrencesAsync(int id, CancellationToken ct) =>
        await db.RecurringInvoiceOccurrences.AsNoTracking().Where(o => o.TemplateId == id).OrderByDescending(o => o.OccurrenceDate).ToListAsync(ct);

    public Task<string?> CustomerNameAsync(int customerId, CancellationToken ct) =>
        db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).SingleOrDefaultAsync(ct);

    public async Task<RecurringInvoiceTemplate> CreateAsync(RecurringInvoiceInput input, Actor actor, CancellationToken ct)
    {
        var terms = await TermsAsync(input, ct);
        var template = RecurringInvoiceTemplate.Create(terms, input.LineDetails(), clock.Today, actor, clock.UtcNow);
        db.RecurringInvoiceTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        return template;
    }

    public async Task<RecurringInvoiceTemplate> UpdateAsync(int id, RecurringInvoiceInput input, CancellationToken ct)
    {
        var terms = await TermsAsync(input, ct);
        var template = await FindTrackedAsync(id, ct);
        template.Update(terms, input.LineDetails(), clock.Today, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return template;
    }

    public async Task<RecurringInvoiceTemplate> PauseAsync(int id, CancellationToken ct)
    {
        var template = await FindTrackedAsync(id, ct);
        template.Pause(clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return template;
    }

    public async Task<RecurringInvoiceTemplate> ResumeAsync(int id, CancellationToken ct)
    {
        var template = await FindTrackedAsync(id, ct);
        template.Resume(clock.Today, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return template;
    }

    /// <summary>Generates the next occurrence now, even if its date is still to come (dated today then).</summary>
    public async Task<RecurringInvoiceOccurrence> RunNowAsync(int id, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var occurrenceDate = (await GetAsync(id, ct)).OccurrenceToRunNow();
        RecurringInvoiceOccurrence? occurrence;
        try
        {
            occurrence = await generator.GenerateAsync(id, occurrenceDate, actor, actor.UserName, ct);
        }
        catch (DomainException refused) when (refused.Kind != DomainErrorKind.NotFound)
        {
            throw DomainException.Conflict("recurring.run_failed", $"L'occurrence n'a pas pu être générée : {refused.Message}");
        }

        return occurrence ?? throw DomainException.Conflict(
            "recurring.occurrence_taken",
            "Cette occurrence vient d'être générée par un autre traitement : rechargez la page.");
    }

    /// <summary>The terms of the input, every reference (customer, tax codes, GL accounts, products) checked as a draft's would be.</summary>
    private async Task<RecurringTemplateTerms> TermsAsync(RecurringInvoiceInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        await resolver.ResolveAsync(input.AsDraft(), ct);
        var schedule = new RecurrenceSchedule(
            input.Frequency ?? throw new DomainException("recurring.frequency", "Choisissez une fréquence.", nameof(RecurringInvoiceInput.Frequency)),
            input.Interval ?? 1,
            input.StartDate ?? throw new DomainException("recurring.start_required", "Indiquez la date de début.", nameof(RecurringInvoiceInput.StartDate)),
            input.DayOfIssue,
            input.EndDate,
            input.Occurrences);
        return new RecurringTemplateTerms(
            input.CustomerId ?? 0,
            input.Title,
            schedule,
            input.Action ?? throw new DomainException("recurring.action", "Choisissez ce que fait chaque occurrence.", nameof(RecurringInvoiceInput.Action)),
            input.PublicNote,
            input.PrivateNote,
            input.PaymentTermsDays);
    }

    private async Task<RecurringInvoiceTemplate> FindTrackedAsync(int id, CancellationToken ct) =>
        await db.RecurringInvoiceTemplates.Include(t => t.Lines).SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound(id);

    private static DomainException NotFound(int id) => DomainException.NotFound("recurring", "Modèle de facture récurrente", id);
}
