using System.Runtime.CompilerServices;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Accounting.Exports;

/// <summary>
/// Builds the accounting entries of a period ONCE for every export format (ADR-017): the sales journal (one entry
/// per issued invoice or credit note, by issue date) then the bank journal (one entry per payment or refund, by
/// date). Documents and payments are read in batches, so only the small settlement keys of the period (used for
/// the lettering) are held in memory at once, never the whole year of documents.
/// </summary>
public sealed class AccountingEntries(FacturationDb db)
{
    internal const int BatchSize = 500;

    public async IAsyncEnumerable<JournalEntry> BuildAsync(AccountingPeriod period, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        var settings = company?.Accounting ?? AccountingSettings.Default;
        var companyCurrency = company?.Currency ?? Currency.EUR;
        var chart = await ChartAsync(settings, ct);
        var vatAccounts = await db.TaxCodes.AsNoTracking().Where(t => t.VatAccountNumber != null)
            .ToDictionaryAsync(t => t.Code, t => t.VatAccountNumber!, StringComparer.Ordinal, ct);
        var zone = company?.TimeZone ?? TimeZoneInfo.FindSystemTimeZoneById(Company.DefaultTimeZoneId);
        var window = VoidWindow.Of(period, zone);

        var documents = await DocumentsOf(period)
            .Select(i => new LetteredDocument(i.Id, i.Kind, i.TotalGross, i.IssueDate!.Value, i.CancelledById))
            .ToListAsync(ct);
        var allocations = await PaymentsOf(period, window)
            .SelectMany(p => p.Allocations, (p, a) => new { Payment = p, Allocation = a })
            .OrderBy(x => x.Payment.Date).ThenBy(x => x.Payment.Id).ThenBy(x => x.Allocation.Id)
            .Select(x => new LetteredAllocation(x.Payment.Id, x.Payment.Date, x.Payment.Direction, x.Allocation.InvoiceId, x.Allocation.Amount))
            .ToListAsync(ct);
        var reversals = await VoidsOf(period, window)
            .SelectMany(p => p.Allocations, (p, a) => new { Payment = p, Allocation = a })
            .Select(x => new { x.Payment.Id, x.Payment.VoidedAtUtc, x.Payment.Direction, x.Allocation.InvoiceId, x.Allocation.Amount })
            .ToListAsync(ct);
        var voids = reversals
            .Select(r => new LetteredAllocation(r.Id, CompanyClock.TodayIn(zone, new DateTimeOffset(DateTime.SpecifyKind(r.VoidedAtUtc!.Value, DateTimeKind.Utc))), r.Direction, r.InvoiceId, r.Amount))
            .ToList();

        // An application reversed after the period still stood at its end (as voided payments do).
        var applications = await db.CreditApplications.AsNoTracking()
            .Where(c => c.Date >= period.From && c.Date <= period.To && (c.ReversedAtUtc == null || c.ReversedAtUtc >= window.EndUtc))
            .Select(c => new LetteredCreditApplication(c.CreditNoteId, c.InvoiceId, c.Date))
            .ToListAsync(ct);
        var lettering = Lettering.Of(documents, allocations, applications, voids);
        var customers = new CustomerAccounts(db);
        var sales = new SalesEntries(settings, chart, vatAccounts, companyCurrency, lettering);

        var number = 0;
        foreach (var batch in documents.Select(d => d.Id).Chunk(BatchSize))
        {
            var loaded = await db.Invoices.AsNoTracking().Where(i => batch.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
            var deposits = await DepositIdsAsync(loaded.Values, ct);
            await customers.LoadAsync(loaded.Values.Select(i => i.CustomerId), ct);
            foreach (var id in batch)
            {
                var document = loaded[id];
                yield return sales.Entry(document, ++number, customers[document.CustomerId], deposits);
            }
        }

        number = 0;
        var bankItems = allocations.Select(a => (a.PaymentId, a.Date, Void: false))
            .Concat(voids.Select(v => (v.PaymentId, v.Date, Void: true)))
            .Distinct().OrderBy(i => i.Date).ThenBy(i => i.PaymentId).ToList();
        foreach (var batch in bankItems.Chunk(BatchSize))
        {
            var batchIds = batch.Select(i => i.PaymentId).ToList();
            var payments = await db.Payments.AsNoTracking().Where(p => batchIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            var invoiceIds = payments.Values.SelectMany(p => p.Allocations.Select(a => a.InvoiceId)).Distinct().ToList();
            var settled = await db.Invoices.AsNoTracking().Where(i => invoiceIds.Contains(i.Id))
                .ToDictionaryAsync(i => i.Id, i => new SettledDocument(i.Number ?? i.ProformaNumber, i.Currency), ct);
            await customers.LoadAsync(payments.Values.Select(p => p.CustomerId), ct);
            foreach (var item in batch)
            {
                var payment = payments[item.PaymentId];
                var entry = BankEntry(payment, ++number, customers[payment.CustomerId], settled, settings, chart, companyCurrency, lettering);
                yield return item.Void ? Reversal(entry, item.Date) : entry;
            }
        }
    }

    /// <summary>Issued documents of the period: never drafts (proformas); an abandoned (replaced) invoice gives way to its replacement.</summary>
    private IQueryable<Invoice> DocumentsOf(AccountingPeriod period) =>
        db.Invoices.AsNoTracking()
            .Where(i => i.Number != null && i.Status != InvoiceStatus.Abandoned && i.IssueDate >= period.From && i.IssueDate <= period.To)
            .OrderBy(i => i.IssueDate).ThenBy(i => i.FinalizedAtUtc).ThenBy(i => i.Id);

    /// <summary>
    /// Payments and refunds dated in the period that still stood at its end: a payment voided (ADR-013) on or before
    /// the period's last day is left out with its void (the pair cancels out); one voided later is booked here and
    /// reversed in the period of its void (<see cref="VoidsOf"/>), so an export re-run for a closed period is unchanged.
    /// </summary>
    private IQueryable<Payment> PaymentsOf(AccountingPeriod period, VoidWindow window) =>
        db.Payments.AsNoTracking().Where(p => p.Date >= period.From && p.Date <= period.To
            && (p.Status == PaymentStatus.Recorded || p.VoidedAtUtc >= window.EndUtc));

    /// <summary>Payments dated before the period and voided during it: each is reversed on its void date.</summary>
    private IQueryable<Payment> VoidsOf(AccountingPeriod period, VoidWindow window) =>
        db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Voided && p.Date < period.From
            && p.VoidedAtUtc >= window.StartUtc && p.VoidedAtUtc < window.EndUtc);

    /// <summary>
    /// The mirror image of a payment's bank entry, dated on its void: the bank line and every customer line change
    /// sides, so the receivable of each settled document is open again. Its lines are never lettered: the payment it
    /// cancels lies in an earlier period.
    /// </summary>
    private static JournalEntry Reversal(JournalEntry payment, DateOnly voidDate)
    {
        var lines = payment.Lines.Select(l => l with { Debit = l.Credit, Credit = l.Debit, Label = Cancelled(l.Label), Letter = null, LetterDate = null }).ToList();
        return payment with
        {
            Date = voidDate,
            DocumentNumber = $"ANN-{payment.DocumentNumber}",
            DocumentDate = voidDate,
            Label = Cancelled(payment.Label),
            ValidationDate = voidDate,
            Lines = lines,
        };
    }

    private static string Cancelled(string label) => $"Annulation {char.ToLowerInvariant(label[0])}{label[1..]}";

    private async Task<IReadOnlySet<int>> DepositIdsAsync(IEnumerable<Invoice> documents, CancellationToken ct)
    {
        var referenced = documents
            .SelectMany(d => d.Lines.Select(l => l.DeductedInvoiceId).Append(d.Kind == InvoiceKind.CreditNote ? d.OriginInvoiceId : null))
            .OfType<int>().Distinct().ToList();
        if (referenced.Count == 0)
        {
            return new HashSet<int>();
        }

        var deposits = await db.Invoices.AsNoTracking().Where(i => referenced.Contains(i.Id) && i.Type == InvoiceType.Deposit).Select(i => i.Id).ToListAsync(ct);
        return deposits.ToHashSet();
    }

    private async Task<AccountChart> ChartAsync(AccountingSettings settings, CancellationToken ct)
    {
        var labels = await db.GlAccounts.AsNoTracking().ToDictionaryAsync(a => a.Number, a => a.Label, StringComparer.Ordinal, ct);
        return new AccountChart(labels, settings);
    }

    private static JournalEntry BankEntry(
        Payment payment,
        int number,
        CustomerAccount customer,
        Dictionary<int, SettledDocument> settled,
        AccountingSettings settings,
        AccountChart chart,
        Currency companyCurrency,
        Lettering lettering)
    {
        var refund = payment.Direction == PaymentDirection.Refund;
        var label = $"{(refund ? "Remboursement" : "Règlement")} {customer.Name}";
        var foreign = payment.Allocations.OrderBy(a => a.Id).Select(a => (Currency?)settled[a.InvoiceId].Currency).FirstOrDefault(c => c != companyCurrency);
        var lines = new List<JournalLine>
        {
            Amounts.Line(settings.BankAccount, chart.Label(settings.BankAccount), null, null, label, refund ? -payment.Amount : payment.Amount, null, foreign),
        };
        foreach (var allocation in payment.Allocations.OrderBy(a => a.Id))
        {
            var document = settled[allocation.InvoiceId];
            var letter = lettering.OfAllocation(payment.Id, allocation.InvoiceId);
            var line = Amounts.Line(
                settings.ReceivableAccount,
                chart.Label(settings.ReceivableAccount),
                customer.Code,
                customer.Name,
                $"{label} {document.Number}",
                refund ? allocation.Amount : -allocation.Amount,
                null,
                document.Currency == companyCurrency ? null : document.Currency);
            lines.Add(line with { Letter = letter?.Code, LetterDate = letter?.Date });
        }

        return new JournalEntry(settings.BankJournal, "Banque", number, payment.Date, payment.Reference ?? $"REG{payment.Id}", payment.Date, label, payment.Date, lines);
    }
}
