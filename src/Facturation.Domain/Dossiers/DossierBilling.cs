using System.Globalization;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Dossiers;

/// <summary>
/// The billing state of one dossier, computed from the documents that bill it (cancelled and abandoned ones are
/// ignored), and the lines of its next deposit, situation, invoice or balance. Amounts telescope: a line's
/// progress bills the difference of two amounts rounded to the cent, and deductions are per tax code, so the
/// documents of a dossier add up to its total exactly (ADR-010).
/// </summary>
public sealed class DossierBilling
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private readonly Dossier _dossier;
    private readonly List<Invoice> _documents;
    private readonly HashSet<int> _lineIds;

    public DossierBilling(Dossier dossier, IEnumerable<Invoice> documents)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(documents);
        _dossier = dossier;
        _lineIds = dossier.Lines.Select(l => l.Id).ToHashSet();
        _documents = documents.Where(d => d.IsDraft || d.IsIssued).Where(Concerns).OrderBy(d => d.Id).ToList();
    }

    public Dossier Dossier => _dossier;

    public IReadOnlyList<Invoice> Documents => _documents;

    public DossierBillingSummary Summary()
    {
        var issued = _documents.Where(d => d.IsIssued).ToList();
        var total = _dossier.Totals;
        return new DossierBillingSummary(
            total.Net,
            total.Gross,
            issued.Where(IsDepositOfDossier).Sum(d => d.TotalNet),
            issued.Where(d => d.Type != InvoiceType.Deposit).Sum(d => d.Lines.Where(IsDossierLine).Sum(l => l.Net)),
            total.Net - issued.Sum(RelatedNet),
            _documents.Where(d => d.IsDraft).Sum(RelatedNet));
    }

    public IReadOnlyList<DossierLineProgress> LineProgress() =>
        _dossier.Lines.OrderBy(l => l.Position).Select(line =>
        {
            var billing = _documents.Where(d => d.Type != InvoiceType.Deposit)
                .SelectMany(d => d.Lines.Where(l => l.DossierLineId == line.Id).Select(l => (d.IsDraft, l.BilledQuantity))).ToList();
            var invoiced = billing.Where(b => !b.IsDraft).Sum(b => b.BilledQuantity);
            var inDrafts = billing.Where(b => b.IsDraft).Sum(b => b.BilledQuantity);
            return new DossierLineProgress(line, invoiced, inDrafts, Math.Max(0m, line.Quantity - invoiced), PreviousPercent(line));
        }).ToList();

    /// <summary>Seed 000: every line for the quantity not yet invoiced on issued documents, after a line naming the job.</summary>
    public IReadOnlyList<LineDetails> InvoiceLines(bool withTitle = true)
    {
        _dossier.EnsureNotClosed();
        var lines = LineProgress().Where(p => p.ToInvoice > 0).Select(p => p.Line.ToInvoiceLine(p.ToInvoice)).ToList();
        if (lines.Count == 0)
        {
            throw DomainException.Conflict("dossier.fully_invoiced", $"Toutes les quantités du dossier {_dossier.Number} sont déjà facturées.");
        }

        return withTitle ? [Title($"Dossier {_dossier.Number} : {_dossier.Name}"), .. lines] : lines;
    }

    /// <summary>A deposit of a percentage of the dossier total, or of a fixed amount net of tax, split per tax code.</summary>
    public IReadOnlyList<LineDetails> DepositLines(decimal? percent, decimal? amount, DepositMode mode)
    {
        _dossier.EnsureAccepted("un acompte");
        EnsureNoBalance();
        var groups = _dossier.Lines.OrderBy(l => l.Position).GroupBy(l => l.Tax.Code).ToList();
        IReadOnlyList<decimal> perTax;
        string label;
        if (percent is { } p)
        {
            if (p is <= 0 or > 100 || decimal.Round(p, 4) != p)
            {
                throw new DomainException("deposit.percent", "Le pourcentage d'acompte doit être compris entre 0 et 100 (au plus 4 décimales).", "Percent");
            }

            perTax = groups.Select(g => Money.Round(g.Sum(l => l.Net) * p / 100m)).ToList();
            label = $"Acompte de {p.ToString("0.##", French)} % sur devis n° {_dossier.Label}";
        }
        else if (amount is { } a)
        {
            if (a <= 0 || Money.Round(a) != a)
            {
                throw new DomainException("deposit.amount", "Le montant de l'acompte doit être positif, au centime près.", "Amount");
            }

            perTax = Allocation.Split(a, groups.Select(g => g.Sum(l => l.Net)).ToList());
            label = $"Acompte de {a.ToString("N2", French)} € HT sur devis n° {_dossier.Label}";
        }
        else
        {
            throw new DomainException("deposit.amount_required", "Indiquez un pourcentage ou un montant.", "Percent");
        }

        var deposit = perTax.Sum();
        var remaining = _dossier.Totals.Net - _documents.Sum(RelatedNet);
        var deposits = _documents.Where(IsDepositOfDossier).Sum(d => d.TotalNet);
        if (deposit > remaining || deposits + deposit > _dossier.Totals.Net)
        {
            throw DomainException.Conflict(
                "deposit.exceeds_total",
                $"L'acompte de {deposit.ToString("N2", French)} € HT dépasserait le total du dossier {_dossier.Number} : il reste {Math.Max(0, remaining).ToString("N2", French)} € HT à facturer (brouillons compris).");
        }

        if (mode == DepositMode.Summary)
        {
            return groups.Select((g, i) => DepositLine(label, perTax[i], g.First())).Where(l => l.UnitPrice != 0).ToList();
        }

        var lines = new List<LineDetails> { new(LineKind.Comment, label, 0, null, 0, 0, null) };
        for (var i = 0; i < groups.Count; i++)
        {
            var split = Allocation.Split(perTax[i], groups[i].Select(l => l.Net).ToList());
            lines.AddRange(groups[i].Select((line, j) => DepositLine(line.Description, split[j], line)));
        }

        return lines;
    }

    /// <summary>
    /// A situation: each line moves to its new cumulative progress (percent of the ordered line), and deposits
    /// are deducted in full or pro rata of the dossier's progress.
    /// </summary>
    public IReadOnlyList<LineDetails> SituationLines(IReadOnlyDictionary<int, decimal> cumulativePercents, DepositDeduction deduction, DossierBillingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(cumulativePercents);
        ArgumentNullException.ThrowIfNull(settings);
        _dossier.EnsureAccepted("une situation");
        EnsureNoBalance();
        EnsureNoPendingDraft();
        var progress = new Dictionary<int, (decimal Previous, decimal Cumulative)>();
        foreach (var line in _dossier.Lines)
        {
            var previous = PreviousPercent(line);
            var cumulative = cumulativePercents.TryGetValue(line.Id, out var asked) ? asked : previous;
            var field = $"Lines[{line.Position}].Percent";
            if (cumulative > 100m)
            {
                throw new DomainException("situation.beyond_100", $"« {line.Description} » : l'avancement cumulé ne peut pas dépasser 100 %.", field);
            }

            if (cumulative < previous)
            {
                throw new DomainException("situation.backwards", $"« {line.Description} » : l'avancement cumulé ne peut pas être inférieur aux {previous.ToString("0.##", French)} % déjà facturés.", field);
            }

            progress[line.Id] = (previous, cumulative);
        }

        foreach (var id in cumulativePercents.Keys.Where(id => !_lineIds.Contains(id)))
        {
            _dossier.Line(id, "Lines");
        }

        if (progress.Values.All(p => p.Cumulative == p.Previous))
        {
            throw new DomainException("situation.no_progress", "Indiquez l'avancement d'au moins une ligne.", "Lines");
        }

        var number = _documents.Count(d => d.IsIssued && d.Type == InvoiceType.Situation) + 1;
        var lines = new List<LineDetails> { Title(settings.Title(number, _dossier)) };
        lines.AddRange(_dossier.Lines.OrderBy(l => l.Position).Select(l =>
            l.ToProgressLine(progress[l.Id].Previous, progress[l.Id].Cumulative, settings.LineDescription(l, progress[l.Id].Cumulative))));
        var billedByTax = NetByTax(lines);
        var reached = _dossier.Lines.Sum(l => Money.Round(l.Net * progress[l.Id].Cumulative / 100m));
        var share = _dossier.TotalNet == 0 ? 1m : reached / _dossier.TotalNet;
        lines.AddRange(Deductions(IssuedDeposits(), billedByTax, deduction == DepositDeduction.Full ? 1m : share));
        return lines;
    }

    /// <summary>The balance: every line up to 100 %, less every deposit and invoice not yet deducted.</summary>
    public IReadOnlyList<LineDetails> BalanceLines()
    {
        _dossier.EnsureAccepted("la facture de solde");
        EnsureNoBalance();
        EnsureNoPendingDraft();
        if (!_documents.Any(d => d.IsIssued && d.Type is InvoiceType.Deposit or InvoiceType.Situation))
        {
            throw DomainException.Conflict("balance.nothing_before", $"Le dossier {_dossier.Number} n'a encore ni acompte ni situation émis : établissez une facture depuis le dossier.");
        }

        var lines = new List<LineDetails> { new(LineKind.Comment, $"Facture de solde suivant devis n° {_dossier.Label}", 0, null, 0, 0, null) };
        lines.AddRange(_dossier.Lines.OrderBy(l => l.Position).Select(l => l.ToProgressLine(PreviousPercent(l), 100m, l.Description)));
        var invoices = _documents.Where(d => d.IsIssued && d.Type is not (InvoiceType.Deposit or InvoiceType.Situation or InvoiceType.FinalBalance));
        lines.AddRange(Deductions(IssuedDeposits().Concat(invoices), null, 1m));
        return lines;
    }

    /// <summary>The billing recap of a situation or balance: dossier total, each earlier document, this one, left to bill.</summary>
    public IReadOnlyList<BillingRecapRow> Recap(Invoice document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var total = _dossier.Totals;
        var earlier = _documents.Where(d => d.IsIssued && d.Id != document.Id && (document.IsDraft || d.Id < document.Id)).ToList();
        var rows = new List<BillingRecapRow> { new(BillingRecapRowKind.DossierTotal, $"Total du devis n° {_dossier.Label}", null, null, _dossier.Date, total.Net, total.Gross) };
        rows.AddRange(earlier.Select(d => new BillingRecapRow(BillingRecapRowKind.Earlier, $"{TypeLabel(d.Type)} {d.DisplayNumber}", d.Id, d.Type, d.IssueDate, RelatedNet(d), d.TotalGross)));
        rows.Add(new BillingRecapRow(BillingRecapRowKind.ThisDocument, $"{TypeLabel(document.Type)} {document.DisplayNumber}", document.Id, document.Type, document.IssueDate, RelatedNet(document), document.TotalGross));
        var leftNet = total.Net - earlier.Sum(RelatedNet) - RelatedNet(document);
        var leftGross = total.Gross - earlier.Sum(d => d.TotalGross) - document.TotalGross;
        rows.Add(new BillingRecapRow(BillingRecapRowKind.LeftToBill, "Reste à facturer", null, null, null, leftNet, leftGross));
        return rows;
    }

    public static string TypeLabel(InvoiceType type) => type switch
    {
        InvoiceType.Deposit => "Acompte",
        InvoiceType.Situation => "Situation",
        InvoiceType.FinalBalance => "Solde",
        _ => "Facture",
    };

    private static LineDetails Title(string text) => new(LineKind.Section, text, 0, null, 0, 0, null);

    private static LineDetails DepositLine(string description, decimal amount, DossierLine like) =>
        new(LineKind.Item, description, 1m, null, amount, 0m, like.Tax, like.GlAccountId, like.GlAccountNumber);

    private static Dictionary<string, decimal> NetByTax(IEnumerable<LineDetails> lines) =>
        lines.Where(l => l.Kind == LineKind.Item && l.Tax is not null)
            .Select((l, i) => (l.Tax!.Code, Net: new InvoiceLine(l, i).Net))
            .GroupBy(x => x.Code)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Net));

    /// <summary>
    /// Negative lines, per earlier document and tax code, for what of it is not yet deducted (times
    /// <paramref name="share"/> for a pro rata deduction), never more than <paramref name="capByTax"/> so a
    /// situation is never negative.
    /// </summary>
    private IEnumerable<LineDetails> Deductions(IEnumerable<Invoice> earlier, Dictionary<string, decimal>? capByTax, decimal share)
    {
        var cap = capByTax is null ? null : new Dictionary<string, decimal>(capByTax);
        foreach (var document in earlier)
        {
            var deductible = document.Lines.Where(l => l.Kind == LineKind.Item && l.DeductedInvoiceId is null && l.Tax is not null && (IsDepositOfDossier(document) || IsDossierLine(l)))
                .GroupBy(l => l.Tax!.Code);
            foreach (var group in deductible)
            {
                var amount = group.Sum(l => l.Net);
                var done = -_documents.Where(d => d.IsIssued).SelectMany(d => d.Lines).Where(l => l.DeductedInvoiceId == document.Id && l.Tax?.Code == group.Key).Sum(l => l.Net);
                var deduct = Math.Min(amount, Money.Round(amount * share)) - done;
                if (cap is not null)
                {
                    deduct = Math.Min(deduct, cap.GetValueOrDefault(group.Key));
                    cap[group.Key] = cap.GetValueOrDefault(group.Key) - Math.Max(0m, deduct);
                }

                if (deduct > 0)
                {
                    var first = group.First();
                    var what = document.Type == InvoiceType.Deposit ? "de l'acompte" : "de la facture";
                    yield return new LineDetails(LineKind.Item, $"Déduction {what} {document.DisplayNumber}", 1m, null, -deduct, 0m, first.Tax, first.GlAccountId, first.GlAccountNumber, DeductedInvoiceId: document.Id);
                }
            }
        }
    }

    private IEnumerable<Invoice> IssuedDeposits() => _documents.Where(d => d.IsIssued && IsDepositOfDossier(d));

    private decimal PreviousPercent(DossierLine line) =>
        _documents.Where(d => d.IsIssued && d.Type is InvoiceType.Situation or InvoiceType.FinalBalance)
            .SelectMany(d => d.Lines)
            .Where(l => l.DossierLineId == line.Id && l.CumulativePercent is not null)
            .Select(l => l.CumulativePercent!.Value)
            .DefaultIfEmpty(0m)
            .Max();

    private void EnsureNoBalance()
    {
        if (_documents.FirstOrDefault(d => d.Type == InvoiceType.FinalBalance) is { } balance)
        {
            throw DomainException.Conflict("dossier.balanced", $"Le dossier {_dossier.Number} a déjà sa facture de solde ({balance.DisplayNumber}) : il est entièrement facturé.");
        }
    }

    private void EnsureNoPendingDraft()
    {
        if (_documents.FirstOrDefault(d => d.IsDraft && d.Type is InvoiceType.Deposit or InvoiceType.Situation) is { } draft)
        {
            throw DomainException.Conflict("dossier.pending_draft", $"Le brouillon {draft.DisplayNumber} ({TypeLabel(draft.Type).ToLowerInvariant()}) du dossier {_dossier.Number} doit d'abord être émis ou supprimé.");
        }
    }

    private bool Concerns(Invoice document) => document.DossierId == _dossier.Id || document.Lines.Any(IsDossierLine);

    private bool IsDossierLine(InvoiceLine line) => line.DossierLineId is { } id && _lineIds.Contains(id);

    private bool IsDepositOfDossier(Invoice document) => document.Type == InvoiceType.Deposit && document.DossierId == _dossier.Id;

    /// <summary>What a document bills of this dossier: all of it when it bills this dossier alone, else its lines linked to it.</summary>
    private decimal RelatedNet(Invoice document) =>
        document.DossierId == _dossier.Id ? document.TotalNet : document.Lines.Where(IsDossierLine).Sum(l => l.Net);
}
