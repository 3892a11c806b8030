using System.Globalization;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Documents;
using Facturation.Documents.Ledgers;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Payments.Journal;

/// <summary>
/// Cheque remittance slips (bordereaux de remise de chèques): selected received cheques, dated and numbered, saved in
/// one statement; a cheque already on a slip is refused loudly (409), and the unique index on the payment decides
/// when two slips race for the same cheque. The PDF is drawn on demand from the stored slip and its payments.
/// </summary>
public sealed class ChequeRemittanceService(FacturationDb db, IBusinessClock clock)
{
    public async Task<ChequeRemittance> CreateAsync(IReadOnlyCollection<int> paymentIds, DateOnly? date, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paymentIds);
        ArgumentNullException.ThrowIfNull(actor);
        var ids = paymentIds.ToList();
        if (ids.Count > ChequeRemittance.MaxCheques)
        {
            throw new DomainException("remittance.too_many", $"Un bordereau compte au plus {ChequeRemittance.MaxCheques} chèques.", "paymentIds");
        }

        var payments = await db.Payments.IgnoreAutoIncludes().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        if (ids.Distinct().FirstOrDefault(id => payments.All(p => p.Id != id)) is var missing and not 0)
        {
            throw new DomainException("remittance.payment_not_found", $"Le règlement n° {missing} est introuvable.", "paymentIds");
        }

        await EnsureNotRemittedAsync(ids, ct);
        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        var slip = ChequeRemittance.Create([.. ids.Select(id => payments.Single(p => p.Id == id))], date ?? clock.Today, company?.Iban, actor, clock.UtcNow);
        db.ChequeRemittances.Add(slip);
        try
        {
            // One SaveChanges: the slip and its items are written together or not at all.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await EnsureNotRemittedAsync(ids, ct);
            throw;
        }

        return slip;
    }

    public async Task<ChequeRemittance> GetAsync(int id, CancellationToken ct) =>
        await db.ChequeRemittances.AsNoTracking().Include(r => r.Items).SingleOrDefaultAsync(r => r.Id == id, ct)
        ?? throw DomainException.NotFound("remittance", "Bordereau", id);

    /// <summary>Slips, newest first.</summary>
    public async Task<PagedResult<ChequeRemittance>> ListAsync(int page, CancellationToken ct)
    {
        var paging = new ListQuery(Page: page);
        var total = await db.ChequeRemittances.CountAsync(ct);
        var items = await db.ChequeRemittances.AsNoTracking().OrderByDescending(r => r.Id).Skip(paging.Skip).Take(paging.SafePageSize).ToListAsync(ct);
        return new PagedResult<ChequeRemittance>(items, total, paging.SafePage, paging.SafePageSize);
    }

    /// <summary>The cheques of a slip in slip order, with their customers.</summary>
    public async Task<IReadOnlyList<RemittedCheque>> ChequesAsync(ChequeRemittance slip, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slip);
        var ids = slip.Items.Select(i => i.PaymentId).ToList();
        var cheques = await (from p in db.Payments.AsNoTracking().IgnoreAutoIncludes()
                             join c in db.Set<Customer>() on p.CustomerId equals c.Id
                             where ids.Contains(p.Id)
                             select new RemittedCheque(p.Id, p.Date, c.Code, c.Name, p.BankAccount, p.Reference, p.Amount, p.Status))
            .ToListAsync(ct);
        return [.. slip.Items.OrderBy(i => i.Position).Select(i => cheques.Single(c => c.PaymentId == i.PaymentId))];
    }

    public async Task<InvoicePdf> PdfAsync(int id, CancellationToken ct)
    {
        var slip = await GetAsync(id, ct);
        var cheques = await ChequesAsync(slip, ct);
        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(ct) ?? new Company("Ma société");
        var bytes = LedgerPdfRenderer.Render(Ledger(slip, cheques, company));
        return new InvoicePdf(InvoicePdf.FileNameFor($"bordereau-{slip.Number}"), bytes, InvoiceArchive.Hash(bytes), IsArchived: false);
    }

    private static LedgerDocument Ledger(ChequeRemittance slip, IReadOnlyList<RemittedCheque> cheques, Company company)
    {
        static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var issuer = InvoiceSnapshotMapping.Issuer(company);
        return new LedgerDocument
        {
            Issuer = issuer,
            Title = "Bordereau de remise de chèques",
            HeadingFields = [("N°", slip.Number), ("Date de remise", Date(slip.Date)), ("Compte crédité", slip.BankAccount ?? "—"), ("BIC", issuer.Bic ?? "—")],
            Introduction = [$"Remise de {slip.Count} chèque(s) à l'encaissement au crédit du compte {slip.BankAccount ?? "de la société"}."],
            Columns =
            [
                new("N°", 24), new("Reçu le", 58), new("Tireur (client)", 0), new("Banque", 100), new("N° de chèque", 80), new("Montant", 80, true),
            ],
            Rows = [.. cheques.Select((c, i) => (IReadOnlyList<LedgerCell>)
            [
                LedgerCell.Of((i + 1).ToString(CultureInfo.InvariantCulture)),
                LedgerCell.Of(c.Date),
                LedgerCell.Of($"{c.CustomerName} ({c.CustomerCode})"),
                LedgerCell.Of(c.Bank ?? "—"),
                LedgerCell.Of(c.Reference ?? "—"),
                LedgerCell.Of(c.Amount),
            ])],
            Totals = [("Nombre de chèques", LedgerCell.Of(slip.Count.ToString(CultureInfo.InvariantCulture)), false), ("Total de la remise", LedgerCell.Of(slip.Total), true)],
            Notes = [$"Établi par {slip.CreatedByName}."],
            CurrencySymbol = company.Currency == Currency.CAD ? "$" : "€",
        };
    }

    private async Task EnsureNotRemittedAsync(IReadOnlyCollection<int> paymentIds, CancellationToken ct)
    {
        var taken = await db.Set<ChequeRemittanceItem>().AsNoTracking().Where(i => paymentIds.Contains(i.PaymentId))
            .Select(i => new { i.PaymentId, RemittanceId = EF.Property<int>(i, "RemittanceId") })
            .OrderBy(i => i.PaymentId)
            .ToListAsync(ct);
        if (taken.Count > 0)
        {
            var list = string.Join(", ", taken.Select(t => $"n° {t.PaymentId} (bordereau {ChequeRemittance.NumberOf(t.RemittanceId)})"));
            throw DomainException.Conflict("remittance.already_remitted", $"Chèque(s) déjà remis en banque : {list}. Aucun bordereau n'a été créé.");
        }
    }
}
