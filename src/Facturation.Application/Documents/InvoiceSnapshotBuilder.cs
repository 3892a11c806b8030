using System.Globalization;
using Facturation.Application.Data;
using Facturation.Documents;
using Facturation.Documents.EInvoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>Loads what a document prints (company with its logo, customer with its contacts, corrected invoice) and maps it.</summary>
public sealed class InvoiceSnapshotBuilder(FacturationDb db, IDossierRecapSource dossiers)
{
    /// <summary>How long a printed estimate stays valid, printed as "Valable jusqu'au".</summary>
    public const int EstimateValidityDays = 30;

    public async Task<InvoiceDocumentSnapshot> BuildAsync(Invoice invoice, CancellationToken ct) =>
        (await PrepareAsync(invoice, ct)).Build(invoice);

    /// <summary>
    /// Everything the document prints apart from the document itself, loaded now so that finalization can map the
    /// frozen document in memory once its number is taken, without a query while the counter is locked (ADR-025).
    /// </summary>
    public async Task<SnapshotSources> PrepareAsync(Invoice invoice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var (company, customer) = await PartiesAsync(invoice.CustomerId, ct);
        var corrected = invoice.Kind == InvoiceKind.CreditNote && invoice.OriginInvoiceId is { } originId
            ? await db.Invoices.AsNoTracking().Where(i => i.Id == originId).Select(i => new { Number = i.Number ?? i.ProformaNumber, i.IssueDate }).SingleOrDefaultAsync(ct) is { } origin
                ? origin.IssueDate is { } originDate ? $"{origin.Number} du {originDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" : origin.Number
                : null
            : null;

        // Situations and balances print where the dossier stands; deposits and plain invoices from a dossier too.
        var recap = invoice.Type is InvoiceType.Deposit or InvoiceType.Situation or InvoiceType.FinalBalance
            ? await dossiers.RecapAsync(invoice, ct)
            : [];
        var author = company.PrintAuthorOnPdf ? await AuthorNameAsync(invoice.AuthorId, ct) : null;
        return new SnapshotSources(company, customer, corrected, recap, await ReferencesAsync(invoice, ct), author);
    }

    /// <summary>The document's author as printed when the company asks for it (ADR-027).</summary>
    private async Task<string?> AuthorNameAsync(string authorId, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == authorId).Select(u => u.DisplayName == string.Empty ? u.UserName : u.DisplayName).SingleOrDefaultAsync(ct);

    /// <summary>Number and issue date of the documents the e-invoice names in BG-3.</summary>
    private async Task<Dictionary<int, EInvoiceReference>> ReferencesAsync(Invoice invoice, CancellationToken ct)
    {
        var ids = EInvoiceMapping.PrecedingIds(invoice, EInvoiceMapping.TypeCodeOf(invoice));
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id) && i.Number != null && i.IssueDate != null)
            .Select(i => new { i.Id, i.Number, i.IssueDate }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new EInvoiceReference(r.Number!, r.IssueDate!.Value));
    }

    /// <summary>
    /// The dossier's estimate (devis) under the dossier's own number: its lines at the ordered quantities, priced
    /// and taxed exactly as an invoice would be (the same aggregate computes it, in memory, never saved).
    /// </summary>
    public async Task<InvoiceDocumentSnapshot> BuildEstimateAsync(Dossier dossier, Actor actor, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var (company, customer) = await PartiesAsync(dossier.CustomerId, ct);
        var header = new InvoiceHeader(dossier.CustomerId, IssueDate: dossier.Date, DueDate: dossier.Date.AddDays(EstimateValidityDays), CustomerReference: dossier.CustomerReference, Currency: company.Currency, PublicNote: dossier.Notes);
        var lines = dossier.Lines.OrderBy(l => l.Position).Select(l => l.ToInvoiceLine(l.Quantity));
        var estimate = Invoice.CreateDraft(InvoiceKind.Invoice, InvoiceType.Standard, header, lines, dossier.Number, actor, nowUtc);
        return InvoiceSnapshotMapping.ToSnapshot(estimate, company, customer, null) with
        {
            Title = DocumentTitle.Estimate,
            IsProforma = false,
            Watermark = null,
            PaymentTerms = null,
            Mentions = [],
        };
    }

    /// <summary>The company (the first, as everywhere) and the customer in one query: one round trip fewer per finalization.</summary>
    private async Task<(Company Company, Customer Customer)> PartiesAsync(int customerId, CancellationToken ct)
    {
        var parties = await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
            .SelectMany(c => db.Companies.AsNoTracking().OrderBy(co => co.Id).Take(1).DefaultIfEmpty(), (customer, company) => new { customer, company })
            .SingleOrDefaultAsync(ct) ?? throw DomainException.NotFound("customer", "Client", customerId);
        return (parties.company ?? new Company("Ma société"), parties.customer);
    }
}
