namespace Facturation.Domain.Recurring;

/// <summary>
/// One generated occurrence of a template. Its (template, date) pair is unique in the database and the row is
/// inserted in the same transaction as the document: that is the claim which makes each occurrence generated
/// exactly once, whatever the number of instances running the job.
/// </summary>
public sealed class RecurringInvoiceOccurrence
{
    private RecurringInvoiceOccurrence()
    {
    }

    internal RecurringInvoiceOccurrence(int templateId, DateOnly occurrenceDate, string generatedBy, DateTime nowUtc) =>
        (TemplateId, OccurrenceDate, GeneratedBy, GeneratedAtUtc) = (templateId, occurrenceDate, generatedBy, nowUtc);

    public int Id { get; private set; }

    public int TemplateId { get; private set; }

    /// <summary>The scheduled date of the occurrence (the key of the claim), not necessarily the document's date.</summary>
    public DateOnly OccurrenceDate { get; private set; }

    public int? InvoiceId { get; private set; }

    /// <summary>The legal number, or the proforma number of a draft.</summary>
    public string? DocumentNumber { get; private set; }

    public OccurrenceOutcome Outcome { get; private set; }

    /// <summary>Why the outcome differs from the template's action (French, shown in the history).</summary>
    public string? Note { get; private set; }

    /// <summary>The job's worker id, or the user who asked to run it now.</summary>
    public string GeneratedBy { get; private set; } = string.Empty;

    public DateTime GeneratedAtUtc { get; private set; }

    public void Complete(int invoiceId, string documentNumber, OccurrenceOutcome outcome, string? note) =>
        (InvoiceId, DocumentNumber, Outcome, Note) = (invoiceId, documentNumber, outcome, note);
}
