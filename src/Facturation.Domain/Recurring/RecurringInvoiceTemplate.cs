using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Recurring;

/// <summary>
/// A *modèle de facture récurrente*: a customer, lines and a schedule. <see cref="NextDate"/> is the next occurrence
/// to generate; it only moves forward. Created, edited or resumed, a template starts at its first occurrence from
/// today on (no backlog of past dates); an active template whose next date has passed (the application was down)
/// catches up each missed occurrence with its own date.
/// </summary>
public sealed class RecurringInvoiceTemplate
{
    private readonly List<RecurringInvoiceLine> _lines = [];

    private RecurringInvoiceTemplate()
    {
    }

    public int Id { get; private set; }

    public int CustomerId { get; private set; }

    public string? Title { get; private set; }

    public RecurrenceFrequency Frequency { get; private set; }

    public int Interval { get; private set; } = 1;

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    /// <summary>How many occurrences in all (null: until the end date, or without end).</summary>
    public int? Occurrences { get; private set; }

    public int? DayOfIssue { get; private set; }

    public RecurringAction Action { get; private set; }

    public RecurringTemplateStatus Status { get; private set; } = RecurringTemplateStatus.Active;

    /// <summary>The next occurrence to generate; null once completed.</summary>
    public DateOnly? NextDate { get; private set; }

    public int GeneratedCount { get; private set; }

    public int? LastInvoiceId { get; private set; }

    public DateOnly? LastOccurrenceDate { get; private set; }

    /// <summary>Why the last attempt to generate failed (an inactive tax code…); cleared by the next success or edit.</summary>
    public string? LastError { get; private set; }

    public string? PublicNote { get; private set; }

    public string? PrivateNote { get; private set; }

    public int? PaymentTermsDays { get; private set; }

    public string CreatedById { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyList<RecurringInvoiceLine> Lines => _lines;

    public RecurrenceSchedule Schedule => new(Frequency, Interval, StartDate, DayOfIssue, EndDate, Occurrences);

    public static RecurringInvoiceTemplate Create(RecurringTemplateTerms terms, IEnumerable<RecurringLineDetails> lines, DateOnly today, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var template = new RecurringInvoiceTemplate { CreatedById = actor.UserId, CreatedAtUtc = nowUtc };
        template.Apply(terms, lines, today, nowUtc);
        return template;
    }

    public void Update(RecurringTemplateTerms terms, IEnumerable<RecurringLineDetails> lines, DateOnly today, DateTime nowUtc) =>
        Apply(terms, lines, today, nowUtc);

    public bool IsDue(DateOnly today) => Status == RecurringTemplateStatus.Active && NextDate <= today;

    public void Pause(DateTime nowUtc)
    {
        if (Status != RecurringTemplateStatus.Active)
        {
            throw DomainException.Conflict("recurring.pause_status", $"Seul un modèle actif peut être suspendu (ce modèle est {StatusLabel}).");
        }

        (Status, UpdatedAtUtc) = (RecurringTemplateStatus.Paused, nowUtc);
    }

    /// <summary>Resumes at the first occurrence from today: the occurrences of the pause are skipped, not caught up.</summary>
    public void Resume(DateOnly today, DateTime nowUtc)
    {
        if (Status != RecurringTemplateStatus.Paused)
        {
            throw DomainException.Conflict("recurring.resume_status", $"Seul un modèle suspendu peut être réactivé (ce modèle est {StatusLabel}).");
        }

        Status = RecurringTemplateStatus.Active;
        Reschedule(today);
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>The occurrence "run now" generates: the next one, even if its date is still to come.</summary>
    public DateOnly OccurrenceToRunNow()
    {
        if (Status != RecurringTemplateStatus.Active || NextDate is not { } next)
        {
            throw DomainException.Conflict("recurring.run_status", $"Seul un modèle actif peut être exécuté (ce modèle est {StatusLabel}).");
        }

        return next;
    }

    /// <summary>The claim of the occurrence due on <paramref name="occurrenceDate"/>, which must be the next one.</summary>
    public RecurringInvoiceOccurrence Claim(DateOnly occurrenceDate, string generatedBy, DateTime nowUtc)
    {
        if (Status != RecurringTemplateStatus.Active || NextDate != occurrenceDate)
        {
            throw DomainException.Conflict("recurring.occurrence_taken", "Cette occurrence a déjà été générée ou n'est plus prévue.");
        }

        return new RecurringInvoiceOccurrence(Id, occurrenceDate, generatedBy, nowUtc);
    }

    /// <summary>Moves to the next occurrence once <paramref name="occurrence"/> has produced its document.</summary>
    public void Advance(RecurringInvoiceOccurrence occurrence, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        (GeneratedCount, LastInvoiceId, LastOccurrenceDate, LastError) = (GeneratedCount + 1, occurrence.InvoiceId, occurrence.OccurrenceDate, null);
        SetNext(Schedule.After(occurrence.OccurrenceDate));
        UpdatedAtUtc = nowUtc;
    }

    public void RecordFailure(string message, DateTime nowUtc) => (LastError, UpdatedAtUtc) = (message, nowUtc);

    private string StatusLabel => Status switch
    {
        RecurringTemplateStatus.Active => "actif",
        RecurringTemplateStatus.Paused => "suspendu",
        RecurringTemplateStatus.Completed => "terminé",
    };

    private void Apply(RecurringTemplateTerms terms, IEnumerable<RecurringLineDetails> lines, DateOnly today, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(lines);
        if (terms.CustomerId <= 0)
        {
            throw new DomainException("recurring.customer_required", "Choisissez un client.", nameof(CustomerId));
        }

        if (!Enum.IsDefined(terms.Action))
        {
            throw new DomainException("recurring.action", "Action inconnue (Draft, Issue ou IssueAndSend).", nameof(Action));
        }

        var details = lines.ToList();
        if (!details.Any(l => l.Kind == LineKind.Item))
        {
            throw new DomainException("recurring.no_lines", "Le modèle doit contenir au moins une ligne facturée.", nameof(Lines));
        }

        var schedule = terms.Schedule;
        (CustomerId, Title, Action, PublicNote, PrivateNote, PaymentTermsDays) =
            (terms.CustomerId, string.IsNullOrWhiteSpace(terms.Title) ? null : terms.Title.Trim(), terms.Action, terms.PublicNote, terms.PrivateNote, terms.PaymentTermsDays);
        (Frequency, Interval, StartDate, DayOfIssue, EndDate, Occurrences) =
            (schedule.Frequency, schedule.Interval, schedule.StartDate, schedule.DayOfIssue, schedule.EndDate, schedule.Occurrences);
        _lines.Clear();
        _lines.AddRange(details.Select((line, position) => new RecurringInvoiceLine(position, line)));
        LastError = null;
        if (Status != RecurringTemplateStatus.Paused)
        {
            Status = RecurringTemplateStatus.Active;
        }

        Reschedule(today);
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>The first occurrence from today on and after the last generated one.</summary>
    private void Reschedule(DateOnly today)
    {
        var from = LastOccurrenceDate is { } last && last >= today ? last.AddDays(1) : today;
        SetNext(Schedule.OnOrAfter(from));
    }

    private void SetNext(DateOnly candidate)
    {
        if (Schedule.Allows(candidate, GeneratedCount))
        {
            NextDate = candidate;
            return;
        }

        (NextDate, Status) = (null, RecurringTemplateStatus.Completed);
    }
}
