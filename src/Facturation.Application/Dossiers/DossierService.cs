using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing;
using Facturation.Application.Numbering;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Dossiers;

/// <summary>
/// The dossier use cases: create and edit while open, accept, close, list with billing progress, and the
/// company's dossier billing settings. Billing from a dossier is <see cref="DossierBillingService"/>.
/// </summary>
public sealed class DossierService(FacturationDb db, NumberAllocator numbers, InvoiceLineResolver resolver, IBusinessClock clock) : IDossierRecapSource
{
    public async Task<PagedResult<DossierSummaryRow>> ListAsync(DossierListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var dossiers = db.Dossiers.AsNoTracking();
        if (query.Status is { } status)
        {
            dossiers = dossiers.Where(d => d.Status == status);
        }

        if (query.CustomerId is { } customerId)
        {
            dossiers = dossiers.Where(d => d.CustomerId == customerId);
        }

        if (query.Paging.Term is { } term)
        {
            var customers = db.Customers.Where(c => c.Name.ToLower().Contains(term) || c.Code.ToLower().Contains(term)).Select(c => c.Id);
            dossiers = dossiers.Where(d => d.Number.ToLower().Contains(term) || d.Name.ToLower().Contains(term)
                || (d.CustomerReference != null && d.CustomerReference.ToLower().Contains(term)) || customers.Contains(d.CustomerId));
        }

        var page = await dossiers.OrderByDescending(d => d.Id).ToPageAsync(query.Paging, ct);
        var customerIds = page.Items.Select(d => d.CustomerId).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var documents = await DocumentsAsync(page.Items, ct);
        var rows = page.Items.Select(d => new DossierSummaryRow(d, names.GetValueOrDefault(d.CustomerId, string.Empty), new DossierBilling(d, documents).Summary())).ToList();
        return new PagedResult<DossierSummaryRow>(rows, page.Total, page.Page, page.PageSize);
    }

    public async Task<Dossier> GetAsync(int id, CancellationToken ct) =>
        await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw DomainException.NotFound("dossier", "Dossier", id);

    /// <summary>The dossier with the documents that bill it.</summary>
    public async Task<DossierBilling> BillingAsync(int id, CancellationToken ct)
    {
        var dossier = await GetAsync(id, ct);
        return new DossierBilling(dossier, await DocumentsAsync([dossier], ct));
    }

    /// <summary>
    /// The billing recap printed on a dossier document (dossier total, each earlier deposit / situation, this
    /// one, left to bill); empty for a document that bills no dossier.
    /// </summary>
    public async Task<IReadOnlyList<BillingRecapRow>> RecapAsync(Invoice invoice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var lineIds = invoice.Lines.Select(l => l.DossierLineId).OfType<int>().ToList();
        var dossierId = invoice.DossierId ?? await db.Dossiers.Where(d => d.Lines.Any(l => lineIds.Contains(l.Id))).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        return dossierId is { } id ? (await BillingAsync(id, ct)).Recap(invoice) : [];
    }

    public async Task<string> CustomerNameAsync(int customerId, CancellationToken ct) =>
        await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? string.Empty;

    public async Task<Dossier> CreateAsync(DossierInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (header, lines) = await ResolveAsync(input, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var series = await db.NumberingSeries.AsNoTracking().SingleAsync(s => s.Kind == SeriesKind.Dossier, ct);
        var today = Today;
        var number = series.Format(await numbers.NextAsync(series.Id, series.PeriodOf(today), ct), today);
        var dossier = Dossier.Create(number, today, header, lines, Now);
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return dossier;
    }

    public async Task<Dossier> UpdateAsync(int id, DossierInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var dossier = await FindTrackedAsync(id, ct);
        var (header, lines) = await ResolveAsync(input, ct);
        if ((await DocumentsAsync([dossier], ct)).Count > 0)
        {
            throw DomainException.Conflict("dossier.billed", $"Le dossier {dossier.Number} a déjà des documents : ses lignes ne peuvent plus être modifiées.");
        }

        dossier.Update(header, lines);
        await db.SaveChangesAsync(ct);
        return dossier;
    }

    public async Task<Dossier> AcceptAsync(int id, AcceptDossierInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var dossier = await FindTrackedAsync(id, ct);
        dossier.Accept(input.Date ?? Today, input.Reference ?? string.Empty);
        await db.SaveChangesAsync(ct);
        return dossier;
    }

    public async Task<Dossier> CloseAsync(int id, CancellationToken ct)
    {
        var dossier = await FindTrackedAsync(id, ct);
        dossier.Close(Today);
        await db.SaveChangesAsync(ct);
        return dossier;
    }

    public async Task<DossierBillingSettings> SettingsAsync(CancellationToken ct) =>
        await db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => c.DossierBilling).FirstOrDefaultAsync(ct) ?? DossierBillingSettings.Default;

    public async Task<DossierBillingSettings> UpdateSettingsAsync(DossierBillingSettingsInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var company = await db.Companies.OrderBy(c => c.Id).FirstOrDefaultAsync(ct) ?? throw DomainException.NotFound("company", "Société", 1);
        company.UpdateDossierBilling(input.ToSettings());
        await db.SaveChangesAsync(ct);
        return company.DossierBilling;
    }

    /// <summary>The documents (not cancelled) billing any of <paramref name="dossiers"/>, through the dossier link or a line link.</summary>
    internal async Task<List<Invoice>> DocumentsAsync(IReadOnlyCollection<Dossier> dossiers, CancellationToken ct)
    {
        var ids = dossiers.Select(d => d.Id).ToList();
        var lineIds = dossiers.SelectMany(d => d.Lines).Select(l => (int?)l.Id).ToList();
        return await db.Invoices.AsNoTracking()
            .Where(i => i.Status != InvoiceStatus.Cancelled && i.Status != InvoiceStatus.Abandoned)
            .Where(i => (i.DossierId != null && ids.Contains(i.DossierId.Value)) || i.Lines.Any(l => lineIds.Contains(l.DossierLineId)))
            .ToListAsync(ct);
    }

    private DateOnly Today => clock.Today;

    private DateTime Now => clock.UtcNow;

    private async Task<(DossierHeader Header, List<LineDetails> Lines)> ResolveAsync(DossierInput input, CancellationToken ct)
    {
        var (header, lines) = await resolver.ResolveAsync(new InvoiceInput { CustomerId = input.CustomerId, Lines = input.Lines }, ct);
        return (new DossierHeader(header.CustomerId, input.Name ?? string.Empty, input.Reference, input.Notes), lines);
    }

    private async Task<Dossier> FindTrackedAsync(int id, CancellationToken ct) =>
        await db.Dossiers.SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw DomainException.NotFound("dossier", "Dossier", id);
}
