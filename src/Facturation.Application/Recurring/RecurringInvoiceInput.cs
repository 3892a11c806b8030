using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Recurring;

namespace Facturation.Application.Recurring;

/// <summary>A recurring invoice as posted by its form or by <c>POST/PUT /api/v1/recurring-invoices</c>.</summary>
public sealed class RecurringInvoiceInput
{
    public int? CustomerId { get; set; }

    /// <summary>A label for the list ("Maintenance mensuelle"); optional.</summary>
    public string? Title { get; set; }

    public RecurrenceFrequency? Frequency { get; set; }

    /// <summary>Every N periods; 1 when empty.</summary>
    public int? Interval { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>How many occurrences in all; empty: until the end date, or without end.</summary>
    public int? Occurrences { get; set; }

    /// <summary>Day of the month (1–31), or of the week for weekly (1 = Monday); empty: the start date's.</summary>
    public int? DayOfIssue { get; set; }

    public RecurringAction? Action { get; set; }

    public int? PaymentTermsDays { get; set; }

    public string? PublicNote { get; set; }

    public string? PrivateNote { get; set; }

    /// <summary>The same line shape as a draft's (designation, quantity, unit, unit price, tax code, discount, GL account, product).</summary>
    public List<InvoiceLineInput> Lines { get; set; } = [];

    public static RecurringInvoiceInput From(RecurringInvoiceTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new RecurringInvoiceInput
        {
            CustomerId = template.CustomerId,
            Title = template.Title,
            Frequency = template.Frequency,
            Interval = template.Interval,
            StartDate = template.StartDate,
            EndDate = template.EndDate,
            Occurrences = template.Occurrences,
            DayOfIssue = template.DayOfIssue,
            Action = template.Action,
            PaymentTermsDays = template.PaymentTermsDays,
            PublicNote = template.PublicNote,
            PrivateNote = template.PrivateNote,
            Lines = template.Lines.OrderBy(l => l.Position).Select(l => LineInput(l, l.Description)).ToList(),
        };
    }

    /// <summary>A template's line as a posted line, with <paramref name="description"/> (as saved, or with its placeholders replaced).</summary>
    public static InvoiceLineInput LineInput(RecurringInvoiceLine line, string? description)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new InvoiceLineInput
        {
            Kind = line.Kind,
            Description = description,
            Quantity = line.Quantity,
            Unit = line.Unit,
            UnitPrice = line.UnitPrice,
            DiscountPercent = line.DiscountPercent,
            TaxCode = line.TaxCode,
            GlAccount = line.GlAccount,
            ProductId = line.ProductId,
        };
    }

    /// <summary>The filled lines, blank rows of the form left out.</summary>
    public IEnumerable<RecurringLineDetails> LineDetails() =>
        Lines.Where(l => !l.IsBlank).Select(l => new RecurringLineDetails(
            l.Kind, l.Description, l.Quantity, l.Unit, l.UnitPrice, l.DiscountPercent, l.TaxCode, l.GlAccount, l.ProductId));

    /// <summary>A draft of these lines, so that the draft's own resolver checks every reference (customer, tax codes, accounts, products).</summary>
    public InvoiceInput AsDraft() => new()
    {
        CustomerId = CustomerId,
        Kind = InvoiceKind.Invoice,
        Type = InvoiceType.Standard,
        PaymentTermsDays = PaymentTermsDays,
        PublicNote = PublicNote,
        PrivateNote = PrivateNote,
        Lines = Lines,
    };
}
