using Facturation.Domain.Common;
using Facturation.Domain.Companies;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// An invoice or a credit note. A draft (proforma, PF number) is freely editable; finalization gives it its
/// legal number and freezes it for good: from then on only its status moves, and mistakes are corrected by
/// a credit note and a new document.
/// </summary>
public sealed partial class Invoice
{
    private readonly List<InvoiceLine> _lines = [];
    private readonly List<InvoiceHistoryEntry> _history = [];

    private Invoice()
    {
    }

    public int Id { get; private set; }

    public InvoiceKind Kind { get; private set; }

    public InvoiceType Type { get; private set; }

    public InvoiceStatus Status { get; private set; } = InvoiceStatus.Draft;

    /// <summary>The legal numbering series, set at finalization.</summary>
    public int? SeriesId { get; private set; }

    /// <summary>The legal number; null while a draft.</summary>
    public string? Number { get; private set; }

    /// <summary>The draft's proforma number (PF…); not legal, may have gaps.</summary>
    public string ProformaNumber { get; private set; } = string.Empty;

    public int CustomerId { get; private set; }

    public int? BillingContactId { get; private set; }

    public DateOnly? IssueDate { get; private set; }

    public DateOnly? DeliveryDate { get; private set; }

    public DateOnly? DeliveryPeriodEnd { get; private set; }

    /// <summary>Where this document's goods or services are delivered when not the customer's usual place; null: the customer's default delivery address, if any.</summary>
    public PostalAddress? DeliveryAddress { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public int? PaymentTermsDays { get; private set; }

    public string? CustomerReference { get; private set; }

    public Currency Currency { get; private set; }

    public string? PublicNote { get; private set; }

    public string? PrivateNote { get; private set; }

    public string? QuebecTaxRegistration { get; private set; }

    /// <summary>Goods, services or both as chosen by the user; null: derived from the lines (<see cref="EffectiveOperationNature"/>).</summary>
    public OperationNature? OperationNature { get; private set; }

    public string AuthorId { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public string? FinalizedById { get; private set; }

    public DateTime? FinalizedAtUtc { get; private set; }

    /// <summary>The document this one was duplicated from, or corrects.</summary>
    public int? OriginInvoiceId { get; private set; }

    /// <summary>When the document was first delivered by email (null until then).</summary>
    public DateTime? SentAtUtc { get; private set; }

    /// <summary>Stored copies of <see cref="Totals"/>, kept in step with the lines, so lists sort and sum in SQL.</summary>
    public decimal TotalNet { get; private set; }

    public decimal TotalTax { get; private set; }

    public decimal TotalGross { get; private set; }

    /// <summary>Stored net of the item lines that carry a cost price, and their cost (<see cref="InvoiceMargin"/>), for the list's margin columns.</summary>
    public decimal CostedNet { get; private set; }

    public decimal CostTotal { get; private set; }

    /// <summary>When the document last changed (created, saved, issued, sent, settled, cancelled…): the list's "Modification".</summary>
    public DateTime LastModifiedAtUtc { get; private set; }

    /// <summary>
    /// How many changes the document has recorded: moved by each one, with its history entry. What finalization compares,
    /// under the draft's lock, with the document it read before (ADR-038) — a time can repeat, this cannot.
    /// </summary>
    public int Revision { get; private set; }

    /// <summary>When the archived PDF was first downloaded (screen or API); null: "Pas téléchargé".</summary>
    public DateTime? FirstDownloadedAtUtc { get; private set; }

    public IReadOnlyList<InvoiceLine> Lines => _lines;

    public IReadOnlyList<InvoiceHistoryEntry> History => _history;

    public bool IsDraft => Status == InvoiceStatus.Draft;

    public InvoiceTotals Totals => InvoiceTotals.Of(_lines);

    public InvoiceMargin Margin => InvoiceMargin.Of(_lines);

    /// <summary>The number users know the document by: legal number, else the proforma number.</summary>
    public string DisplayNumber => Number ?? ProformaNumber;

    public static Invoice CreateDraft(InvoiceKind kind, InvoiceType type, InvoiceHeader header, IEnumerable<LineDetails> lines, string proformaNumber, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var invoice = new Invoice
        {
            Kind = kind,
            Type = type,
            ProformaNumber = proformaNumber,
            AuthorId = actor.UserId,
            CreatedAtUtc = nowUtc,
        };
        invoice.Apply(header, lines);
        invoice.Record(nowUtc, actor, "created", $"Brouillon {proformaNumber} créé.");
        return invoice;
    }

    public void UpdateDraft(InvoiceHeader header, IEnumerable<LineDetails> lines, Actor actor, DateTime nowUtc)
    {
        EnsureAllowed(InvoiceAction.Edit, "modifié");
        Apply(header, lines);
        Record(nowUtc, actor, "updated", "Brouillon modifié.");
    }

    public void EnsureDeletable() => EnsureAllowed(InvoiceAction.Delete, "supprimé");

    /// <summary>Everything that prevents finalization, each tagged with its field; empty when the draft is ready.</summary>
    public IReadOnlyList<DomainException> FinalizationProblems(bool glAccountRequired)
    {
        var problems = new List<DomainException>();
        if (CustomerId <= 0)
        {
            problems.Add(new DomainException("invoice.customer_required", "Choisissez un client.", nameof(CustomerId)));
        }

        if (!_lines.Any(l => l.Kind == LineKind.Item && l.Net != 0))
        {
            problems.Add(new DomainException("invoice.no_amount", "La facture doit contenir au moins une ligne avec un montant.", nameof(Lines)));
        }

        foreach (var line in _lines.Where(l => l.Kind == LineKind.Item))
        {
            if (line.Tax is null)
            {
                problems.Add(new DomainException("line.tax_required", $"Ligne {line.Position + 1} : choisissez un code de taxe.", $"Lines[{line.Position}].Tax"));
            }

            if (glAccountRequired && line.GlAccountId is null)
            {
                problems.Add(new DomainException("line.gl_required", $"Ligne {line.Position + 1} : choisissez un compte GL.", $"Lines[{line.Position}].GlAccountId"));
            }
        }

        if (DueDate is null && PaymentTermsDays is null)
        {
            problems.Add(new DomainException("invoice.due_date_required", "Indiquez une échéance ou un délai de paiement.", nameof(DueDate)));
        }

        return problems;
    }

    /// <summary>
    /// Gives the draft its legal number and freezes it. The caller has taken <paramref name="number"/> from the
    /// series' counter inside the same transaction; <paramref name="dating"/> decides the issue date.
    /// </summary>
    public void Finalize(string number, int seriesId, IssueDateRule dating, bool glAccountRequired, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(dating);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureAllowed(InvoiceAction.Finalize, "finalisé");
        if (FinalizationProblems(glAccountRequired) is [var first, ..])
        {
            throw first;
        }

        // Resolved first: the date is then at most today, so the due date below cannot overflow.
        var issueDate = dating.Resolve(IssueDate);
        var dueDate = DueDate ?? issueDate.AddDays(PaymentTermsDays!.Value);
        if (dueDate < issueDate)
        {
            throw new DomainException("invoice.due_before_issue", "L'échéance ne peut pas précéder la date de facture.", nameof(DueDate));
        }

        (Number, SeriesId, IssueDate, DueDate) = (number, seriesId, issueDate, dueDate);
        (FinalizedById, FinalizedAtUtc, Status) = (actor.UserId, nowUtc, InvoiceStatus.Final);
        Record(nowUtc, actor, "finalized", $"{KindLabel} {number} {InvoiceLifecycle.Agreed(Kind, "émis")}.");
    }

    /// <summary>
    /// Whether a finalization request has something to do: yes for a draft; no for a document already issued and
    /// still alive (the same request sent twice gets the document back); refused for a cancelled or abandoned one.
    /// </summary>
    public bool NeedsFinalization() => Status switch
    {
        InvoiceStatus.Draft => true,
        InvoiceStatus.Cancelled or InvoiceStatus.Abandoned => throw DomainException.Conflict(
            "invoice.finalize_status",
            $"{StatusPhrase} : {Pronoun} ne peut plus être {InvoiceLifecycle.Agreed(Kind, "finalisé")}, son numéro reste attribué. Créez un nouveau document si besoin."),
        InvoiceStatus.Final or InvoiceStatus.Sent or InvoiceStatus.PartiallyPaid or InvoiceStatus.Paid
            or InvoiceStatus.Disputed or InvoiceStatus.Used or InvoiceStatus.Refunded => false,
    };

    /// <summary>A new editable draft with the same customer and lines (how a mistake on an issued document is redone).</summary>
    public Invoice Duplicate(string proformaNumber, Actor actor, DateTime nowUtc)
    {
        var header = new InvoiceHeader(CustomerId, BillingContactId, null, DeliveryDate, DeliveryPeriodEnd, null, PaymentTermsDays ?? DefaultTermsFrom(), CustomerReference, Currency, PublicNote, PrivateNote, QuebecTaxRegistration, OperationNature, DeliveryAddress, ActivityId);
        var copy = CreateDraft(Kind, Kind == InvoiceKind.Invoice ? InvoiceType.Standard : InvoiceType.Manual, header, _lines.OrderBy(l => l.Position).Select(l => l.ToDetails()), proformaNumber, actor, nowUtc);
        copy.OriginInvoiceId = Id;
        copy.Record(nowUtc, actor, "duplicated", $"Copie de {DisplayNumber}.");
        return copy;
    }

    /// <summary>Remembers the first download of the issued document's archived PDF; later downloads change nothing.</summary>
    public void MarkDownloaded(DateTime nowUtc)
    {
        if (!IsDraft)
        {
            FirstDownloadedAtUtc ??= nowUtc;
        }
    }

    private string KindLabel => Kind == InvoiceKind.Invoice ? "Facture" : "Avoir";

    private int? DefaultTermsFrom() =>
        IssueDate is { } issue && DueDate is { } due ? due.DayNumber - issue.DayNumber : null;

    private void Apply(InvoiceHeader header, IEnumerable<LineDetails> lines)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(lines);
        if (header.PaymentTermsDays is < 0 or > 365)
        {
            throw new DomainException("invoice.payment_terms", "Le délai de paiement doit être compris entre 0 et 365 jours.", nameof(PaymentTermsDays));
        }

        if (header.DeliveryPeriodEnd is { } end && header.DeliveryDate is { } start && end < start)
        {
            throw new DomainException("invoice.period", "La fin de période précède son début.", nameof(DeliveryPeriodEnd));
        }

        CustomerId = header.CustomerId;
        BillingContactId = header.BillingContactId;
        IssueDate = header.IssueDate;
        DeliveryDate = header.DeliveryDate;
        DeliveryPeriodEnd = header.DeliveryPeriodEnd;
        DueDate = header.DueDate;
        PaymentTermsDays = header.PaymentTermsDays;
        CustomerReference = Require.OptionalText(header.CustomerReference, nameof(CustomerReference), "La référence client", 100);
        Currency = header.Currency;
        PublicNote = Require.OptionalText(header.PublicNote, nameof(PublicNote), "La note publique", 4000);
        PrivateNote = Require.OptionalText(header.PrivateNote, nameof(PrivateNote), "La note privée", 4000);
        QuebecTaxRegistration = Require.OptionalText(header.QuebecTaxRegistration, nameof(QuebecTaxRegistration), "Le numéro TPS/TVQ", 50);
        OperationNature = header.OperationNature;
        DeliveryAddress = header.DeliveryAddress is { IsEmpty: false } delivery ? delivery : null;
        ActivityId = header.ActivityId;
        var built = lines.Select((details, position) => new InvoiceLine(details, position)).ToList();
        _lines.Clear();
        _lines.AddRange(built);
        var totals = Totals;
        (TotalNet, TotalTax, TotalGross) = (totals.Net, totals.Tax, totals.Gross);
        var margin = Margin;
        (CostedNet, CostTotal) = (margin.CostedNet, margin.CostTotal);
        StoreRemaining();
    }

    /// <summary>"La facture FA… est au statut « Payée »": how every refusal about the status begins.</summary>
    internal string StatusPhrase => $"{InvoiceLifecycle.Subject(Kind, DisplayNumber)} est au statut « {InvoiceLifecycle.Label(Kind, Status)} »";

    private string Pronoun => Kind == InvoiceKind.CreditNote ? "il" : "elle";

    private bool Allows(InvoiceAction action) => InvoiceLifecycle.Allows(Kind, Status, action);

    /// <summary>Refuses a draft-only verb (<paramref name="participle"/> in the masculine: "modifié") on an issued document.</summary>
    private void EnsureAllowed(InvoiceAction action, string participle)
    {
        if (!Allows(action))
        {
            throw DomainException.Conflict(
                "invoice.not_draft",
                $"{StatusPhrase} : {Pronoun} ne peut plus être {InvoiceLifecycle.Agreed(Kind, participle)}. Établissez un avoir puis dupliquez-{(Kind == InvoiceKind.CreditNote ? "le" : "la")}.");
        }
    }

    private void Record(DateTime nowUtc, Actor actor, string action, string details)
    {
        _history.Add(new InvoiceHistoryEntry(nowUtc, actor, action, details));
        LastModifiedAtUtc = nowUtc;
        Revision++;
    }
}
