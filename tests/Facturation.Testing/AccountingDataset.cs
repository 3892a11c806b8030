using Facturation.Application.Corrections;
using Facturation.Application.Data;
using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;
using Facturation.Application.Payments;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Testing;

/// <summary>
/// The reference data set of the accounting exports, made through the real services with pinned dates on the
/// demo company (SIREN 884123456): paid, partly paid, credited, cancelled, replaced, deposit + balance, refunded,
/// foreign-currency documents, a draft, and a 2025 invoice paid in 2026. Each step runs in its own scope (request).
/// </summary>
public sealed class AccountingDataset
{
    public static readonly Actor Biller = new("accounting-dataset", "Jeu comptable");
    public static readonly DateOnly From = new(2026, 1, 1);
    public static readonly DateOnly To = new(2026, 12, 31);

    private readonly FacturationApp _app;
    private readonly SettableClock _clock;

    private AccountingDataset(FacturationApp app, SettableClock clock) => (_app, _clock) = (app, clock);

    public int PreviousYearInvoiceId { get; private set; }

    public int PaidInvoiceId { get; private set; }

    public int PaidInvoicePaymentId { get; private set; }

    public int PartlyPaidInvoiceId { get; private set; }

    public int CreditedInvoiceId { get; private set; }

    public int CreditNoteId { get; private set; }

    public int CancelledInvoiceId { get; private set; }

    public int CancellationId { get; private set; }

    public int DepositId { get; private set; }

    public int BalanceId { get; private set; }

    public int RefundedCreditNoteId { get; private set; }

    public int ForeignInvoiceId { get; private set; }

    public int AbandonedInvoiceId { get; private set; }

    public int DraftId { get; private set; }

    public static async Task<AccountingDataset> CreateAsync(ClockedFacturationApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.CreateClient();
        var dataset = new AccountingDataset(app, app.Clock);
        await dataset.BuildAsync();
        return dataset;
    }

    private async Task BuildAsync()
    {
        var dupont = await CustomerAsync("DUPONT");
        var boisvert = await CustomerAsync("BOISVERT");
        var moreau = await CustomerAsync("PART-MOREAU");
        var cafe = await CustomerAsync("MTL-CAFE");

        PreviousYearInvoiceId = await IssueAsync(new DateOnly(2025, 12, 20), dupont, Line("Conseil décembre", 1, 500m, "TVA20", "706000"));

        PaidInvoiceId = await IssueAsync(
            new DateOnly(2026, 1, 15),
            dupont,
            Line("Journée de conseil", 2, 750m, "TVA20", "706000"),
            Line("Livre relié", 3, 24.9m, "TVA10", "707000"));
        await PayAsync(new DateOnly(2026, 1, 10), dupont, (PreviousYearInvoiceId, 600m));
        PaidInvoicePaymentId = await PayAsync(new DateOnly(2026, 2, 1), dupont, (PaidInvoiceId, 1882.17m));

        PartlyPaidInvoiceId = await IssueAsync(new DateOnly(2026, 2, 10), boisvert, Line("Développement", 10, 85m, "TVA20", null));
        await PayAsync(new DateOnly(2026, 3, 1), boisvert, (PartlyPaidInvoiceId, 500m));

        CreditedInvoiceId = await IssueAsync(new DateOnly(2026, 3, 5), dupont, Line("Affiches A2", 8, 12.5m, "TVA20", "707000"));
        _clock.Set(new DateOnly(2026, 3, 10));
        CreditNoteId = await Run<CorrectionService, int>(async s => (await s.CreateCreditNoteAsync(CreditedInvoiceId, new CreditNoteInput { Amount = 20m }, Biller, default)).Id);
        await Run<InvoiceService, int>(async s => (await s.FinalizeAsync(CreditNoteId, Biller, default)).Id);
        await Run<PaymentService, int>(async s => (await s.ApplyCreditAsync(CreditNoteId, new CreditApplicationInput { InvoiceId = CreditedInvoiceId, Amount = 24m }, Biller, default)).Id);
        await PayAsync(new DateOnly(2026, 3, 20), dupont, (CreditedInvoiceId, 96m));

        CancelledInvoiceId = await IssueAsync(new DateOnly(2026, 4, 1), moreau, Line("Retirage photo", 1, 40m, "TVA20", null));
        _clock.Set(new DateOnly(2026, 4, 2));
        CancellationId = await Run<CorrectionService, int>(async s => (await s.CancelAsync(CancelledInvoiceId, "Erreur de client", Biller, default)).Counterpart.Id);

        var dossierId = await AcceptedDossierAsync(dupont, new DateOnly(2026, 4, 20));
        _clock.Set(new DateOnly(2026, 5, 1));
        DepositId = await Run<DossierBillingService, int>(async s => (await s.CreateDepositAsync(dossierId, new DepositInput { Percent = 30 }, Biller, default)).Id);
        await Run<InvoiceService, int>(async s => (await s.FinalizeAsync(DepositId, Biller, default)).Id);
        await PayAsync(new DateOnly(2026, 5, 5), dupont, (DepositId, 172.8m));
        _clock.Set(new DateOnly(2026, 6, 15));
        BalanceId = await Run<DossierBillingService, int>(async s => (await s.CreateBalanceAsync(dossierId, Biller, default)).Id);
        await Run<InvoiceService, int>(async s => (await s.FinalizeAsync(BalanceId, Biller, default)).Id);

        var refunded = await IssueAsync(new DateOnly(2026, 7, 1), dupont, Line("Formation", 1, 1000m, "TVA20", "706000"));
        await PayAsync(new DateOnly(2026, 7, 2), dupont, (refunded, 1200m));
        _clock.Set(new DateOnly(2026, 7, 10));
        RefundedCreditNoteId = await Run<CorrectionService, int>(async s => (await s.CreateCreditNoteAsync(refunded, new CreditNoteInput(), Biller, default)).Id);
        await Run<InvoiceService, int>(async s => (await s.FinalizeAsync(RefundedCreditNoteId, Biller, default)).Id);
        await Run<PaymentService, int>(async s => (await s.RefundAsync(RefundedCreditNoteId, new RefundInput { Date = new DateOnly(2026, 7, 15), Method = PaymentMethod.Transfer, Amount = 1200m, Reference = "VIR-REMB-01" }, Biller, default)).Id);

        ForeignInvoiceId = await IssueAsync(new DateOnly(2026, 8, 1), cafe, Currency.CAD, Line("Atelier café « torréfaction »", 1, 400m, "QC", "706000"));

        AbandonedInvoiceId = await IssueAsync(new DateOnly(2026, 9, 1), boisvert, Line("Menuiserie", 1, 300m, "TVA20", null));
        _clock.Set(new DateOnly(2026, 9, 2));
        var replacement = await Run<CorrectionService, int>(async s => (await s.ReplaceAsync(AbandonedInvoiceId, "Mauvaise quantité", Biller, default)).Id);
        await Run<InvoiceService, int>(async s => (await s.FinalizeAsync(replacement, Biller, default)).Id);

        DraftId = await Run<InvoiceService, int>(async s => (await s.CreateDraftAsync(Input(dupont, new DateOnly(2026, 10, 1), Currency.EUR, [Line("Brouillon", 1, 999m, "TVA20", null)]), Biller, default)).Id);
    }

    private async Task<int> IssueAsync(DateOnly date, int customerId, params InvoiceLineInput[] lines) => await IssueAsync(date, customerId, Currency.EUR, lines);

    private async Task<int> IssueAsync(DateOnly date, int customerId, Currency currency, params InvoiceLineInput[] lines)
    {
        _clock.Set(date);
        var id = await Run<InvoiceService, int>(async s => (await s.CreateDraftAsync(Input(customerId, date, currency, lines), Biller, default)).Id);
        return await Run<InvoiceService, int>(async s => (await s.FinalizeAsync(id, Biller, default)).Id);
    }

    private async Task<int> PayAsync(DateOnly date, int customerId, params (int InvoiceId, decimal Amount)[] allocations)
    {
        _clock.Set(date);
        var input = new PaymentInput
        {
            CustomerId = customerId,
            Date = date,
            Amount = allocations.Sum(a => a.Amount),
            Method = PaymentMethod.Transfer,
            Allocations = allocations.Select(a => new AllocationInput { InvoiceId = a.InvoiceId, Amount = a.Amount }).ToList(),
        };
        return await Run<PaymentService, int>(async s => (await s.ReceiveAsync(input, Biller, default)).Id);
    }

    private async Task<int> AcceptedDossierAsync(int customerId, DateOnly date)
    {
        _clock.Set(date);
        var input = new DossierInput
        {
            CustomerId = customerId,
            Name = "Agencement boutique",
            Lines = [Line("Étagères", 4, 100m, "TVA20", "707000"), Line("Pose", 1, 80m, "TVA20", "706000")],
        };
        var id = await Run<DossierService, int>(async s => (await s.CreateAsync(input, default)).Id);
        return await Run<DossierService, int>(async s => (await s.AcceptAsync(id, new AcceptDossierInput { Date = date, Reference = "Devis signé" }, default)).Id);
    }

    private async Task<int> CustomerAsync(string code) =>
        await Run<FacturationDb, int>(db => db.Customers.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    private static InvoiceInput Input(int customerId, DateOnly date, Currency currency, IEnumerable<InvoiceLineInput> lines) =>
        new() { CustomerId = customerId, IssueDate = date, PaymentTermsDays = 30, Currency = currency, Lines = lines.ToList() };

    private static InvoiceLineInput Line(string description, decimal quantity, decimal price, string taxCode, string? glAccount) =>
        new() { Description = description, Quantity = quantity, UnitPrice = price, TaxCode = taxCode, GlAccount = glAccount };

    private async Task<T> Run<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
