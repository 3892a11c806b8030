using Facturation.Domain.Common;
using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Domain.Payments;

namespace Facturation.Application.Generation;

/// <summary>
/// Builds a business's document history through the domain's own verbs — <c>CreateDraft</c>, <c>Finalize</c> with the
/// series' next number, <c>MarkSent</c>, <c>StartCancellation</c>/<c>CompleteCancellation</c>, <c>CreateCreditNote</c>,
/// <c>CreditApplication.Apply</c>, <c>Payment.Receive</c>/<c>Refund</c> — so stored amounts, statuses and history are
/// exactly what the app would have produced. Numbers are taken in date order per series from in-memory counters
/// (the generator holds the database alone and writes the counters with the documents). Deterministic for a seed.
/// </summary>
public sealed class GeneratedHistory
{
    private static readonly PaymentMethod[] Methods =
    [
        PaymentMethod.Transfer, PaymentMethod.Transfer, PaymentMethod.Transfer, PaymentMethod.Transfer, PaymentMethod.Transfer, PaymentMethod.Transfer,
        PaymentMethod.Cheque, PaymentMethod.Cheque, PaymentMethod.Card, PaymentMethod.DirectDebit, PaymentMethod.DirectDebit, PaymentMethod.Lcr,
    ];

    private readonly Random _random;
    private readonly GenerationSetup _setup;
    private readonly Dictionary<(int SeriesId, string Period), long> _counters;
    private readonly Dictionary<int, DateOnly> _lastIssueDates = [];
    private int _nextId;

    public GeneratedHistory(Random random, GenerationSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        (_random, _setup) = (random, setup);
        _counters = new Dictionary<(int, string), long>(setup.Counters);
        _nextId = setup.FirstInvoiceId;
    }

    /// <summary>The next value of every counter touched so far (what the <c>NumberCounters</c> rows must hold).</summary>
    public IReadOnlyDictionary<(int SeriesId, string Period), long> Counters => _counters;

    public int Invoices { get; private set; }

    public int CreditNotes { get; private set; }

    public int Drafts { get; private set; }

    /// <summary>
    /// Issues one invoice per date (dates ascending), each followed by what happens to it: sent, paid in full or in
    /// part, left unpaid, cancelled, corrected by a credit note (applied, refunded or left available). Credit notes are
    /// dated at most <paramref name="sliceEnd"/>, so each series stays chronological from one slice to the next.
    /// Stops adding documents when <paramref name="budget"/> is reached.
    /// </summary>
    public GeneratedBatch Build(IReadOnlyList<(DateOnly Date, Customer Customer)> invoices, DateOnly sliceEnd, int budget)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        var batch = new GeneratedBatch();
        var corrections = new List<(DateOnly Date, Invoice Invoice, bool Cancel)>();
        foreach (var (date, customer) in invoices)
        {
            if (batch.Documents.Count + corrections.Count >= budget)
            {
                break;
            }

            var invoice = Issue(InvoiceKind.Invoice, NewDraft(date, customer), date);
            batch.Documents.Add(invoice);
            if (_random.NextDouble() < 0.75)
            {
                invoice.MarkSent([customer.Email!], _setup.Actor, At(date, 10));
            }

            var fate = _random.NextDouble();
            if (fate < 0.06 && batch.Documents.Count + corrections.Count < budget)
            {
                var later = Min(date.AddDays(_random.Next(0, 21)), Min(sliceEnd, _setup.Today));
                corrections.Add((later, invoice, fate < 0.015));
            }
        }

        foreach (var (date, invoice, cancel) in corrections.OrderBy(c => c.Date))
        {
            batch.Documents.Add(cancel ? Cancel(invoice, date) : Correct(invoice, date, batch));
        }

        foreach (var invoice in batch.Documents.Where(d => d.IsOpen))
        {
            Settle(invoice, batch);
        }

        return batch;
    }

    /// <summary>Drafts (proformas in preparation) of the last days: a number from the proforma series only.</summary>
    public GeneratedBatch BuildDrafts(IReadOnlyList<(DateOnly Date, Customer Customer)> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var batch = new GeneratedBatch();
        batch.Documents.AddRange(drafts.Select(d => NewDraft(d.Date, d.Customer)));
        Drafts += drafts.Count;
        return batch;
    }

    private Invoice NewDraft(DateOnly date, Customer customer, InvoiceKind kind = InvoiceKind.Invoice)
    {
        var terms = customer.PaymentTermsDays ?? _setup.DefaultPaymentTermsDays;
        var header = new InvoiceHeader(customer.Id, IssueDate: date, DeliveryDate: date.AddDays(-_random.Next(0, 10)), PaymentTermsDays: terms, PublicNote: GenerationSetup.PublicNote);
        var lines = Enumerable.Range(0, _random.Next(1, 6)).Select(_ => _setup.Catalog.Line(_random)).ToList();
        var draft = Invoice.CreateDraft(kind, InvoiceType.Standard, header, lines, NextNumber(_setup.ProformaSeries, date), _setup.Actor, At(date, 8));
        SetId(draft);
        return draft;
    }

    private Invoice Issue(InvoiceKind kind, Invoice draft, DateOnly date)
    {
        var series = kind == InvoiceKind.Invoice ? _setup.InvoiceSeries : _setup.CreditNoteSeries;
        var rule = new IssueDateRule(date, _lastIssueDates.TryGetValue(series.Id, out var last) ? last : null, 0);
        draft.Finalize(NextNumber(series, date), series.Id, rule, false, _setup.Actor, At(date, 9));
        _lastIssueDates[series.Id] = date;
        if (kind == InvoiceKind.Invoice)
        {
            Invoices++;
        }
        else
        {
            CreditNotes++;
        }

        return draft;
    }

    private Invoice Cancel(Invoice invoice, DateOnly date)
    {
        var counterpart = invoice.StartCancellation("Erreur de saisie", NextNumber(_setup.ProformaSeries, date), _setup.Actor, At(date, 11));
        SetId(counterpart);
        Issue(InvoiceKind.CreditNote, counterpart, date);
        invoice.CompleteCancellation(counterpart, _setup.Actor, At(date, 11));
        return counterpart;
    }

    private Invoice Correct(Invoice invoice, DateOnly date, GeneratedBatch batch)
    {
        var singleRate = invoice.Lines.Select(l => l.Tax!.Code).Distinct().Count() == 1;
        decimal? amount = singleRate ? Money.Round(invoice.TotalNet * (decimal)(0.1 + (_random.NextDouble() * 0.3))) : null;
        var creditNote = invoice.CreateCreditNote(InvoiceType.Corrective, null, amount is > 0 ? amount : null, NextNumber(_setup.ProformaSeries, date), _setup.Actor, At(date, 11));
        SetId(creditNote);
        creditNote.EnsureWithinCorrected(invoice, 0m, null);
        Issue(InvoiceKind.CreditNote, creditNote, date);
        var use = _random.NextDouble();
        if (use < 0.6 && invoice.IsOpen)
        {
            var applied = Math.Min(creditNote.Remaining, invoice.Remaining);
            batch.CreditApplications.Add(CreditApplication.Apply(creditNote, invoice, applied, date, _setup.Actor, At(date, 12)));
        }
        else if (use < 0.85)
        {
            var refund = Payment.Refund(creditNote, new PaymentDetails(date, creditNote.Remaining, PaymentMethod.Transfer), _setup.Actor, At(date, 12));
            batch.Payments.Add(refund);
        }

        return creditNote;
    }

    /// <summary>Old invoices are almost all paid; recent ones are more often still open; some are paid in part.</summary>
    private void Settle(Invoice invoice, GeneratedBatch batch)
    {
        var issued = invoice.IssueDate!.Value;
        var due = invoice.DueDate!.Value;
        var chance = _random.NextDouble();
        var overdueDays = _setup.Today.DayNumber - due.DayNumber;
        var (paidInFull, paidInPart) = overdueDays switch
        {
            < 0 => (0.25, 0.30),
            < 365 => (0.90, 0.93),
            _ => (0.985, 0.99),
        };
        if (chance >= paidInPart)
        {
            return;
        }

        var date = Max(issued, Min(due.AddDays(_random.Next(-15, 31)), _setup.Today));
        var amount = chance < paidInFull ? invoice.Remaining : Money.Round(invoice.Remaining / 2);
        if (amount <= 0)
        {
            return;
        }

        var method = Methods[_random.Next(Methods.Length)];
        var payment = Payment.Receive(invoice.CustomerId, new PaymentDetails(date, amount, method), [(invoice, amount)], _setup.Actor, At(date, 14));
        batch.Payments.Add(payment);
    }

    private string NextNumber(NumberingSeries series, DateOnly date)
    {
        var key = (series.Id, series.PeriodOf(date));
        var value = _counters.TryGetValue(key, out var next) ? next : 1;
        _counters[key] = value + 1;
        return series.Format(value, date);
    }

    private void SetId(Invoice invoice) => _setup.SetInvoiceId(invoice, _nextId++);

    private DateTime At(DateOnly date, int hour)
    {
        var at = date.ToDateTime(new TimeOnly(hour, _random.Next(60)), DateTimeKind.Utc);
        return at < _setup.NowUtc ? at : _setup.NowUtc;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
