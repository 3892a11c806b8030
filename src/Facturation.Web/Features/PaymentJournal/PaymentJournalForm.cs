using System.Globalization;
using Facturation.Application.Payments.Journal;
using Facturation.Domain.Payments;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;

namespace Facturation.Web.Features.PaymentJournal;

/// <summary>The journal's filters as they live in the URL (GET form, links), so a filtered journal can be shared.</summary>
public sealed class PaymentJournalForm
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public PaymentMethod? Method { get; set; }

    public int? CustomerId { get; set; }

    public bool? Voided { get; set; }

    public PaymentDirection? Direction { get; set; }

    public bool? OnSlip { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The filtered page once read (null when the filters were refused).</summary>
    [BindNever]
    public PaymentJournalPage? Journal { get; set; }

    /// <summary>"CODE — Name" of the filtered customer, shown back in the autocomplete.</summary>
    [BindNever]
    public string? CustomerLabel { get; set; }

    public PaymentJournalQuery ToQuery(int pageSize = PaymentJournalQuery.DefaultPageSize) =>
        new(From, To, Method, CustomerId, Voided, Direction, OnSlip, Page, pageSize);

    /// <summary>The export of the filtered journal in <paramref name="format"/> (csv or xlsx).</summary>
    public string ExportUrl(string exportAddress, string format) => QueryHelpers.AddQueryString(Url(exportAddress), "format", format);

    /// <summary><paramref name="path"/> with the current filters and <paramref name="page"/> (when given).</summary>
    public string Url(string path, int? page = null)
    {
        static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string? Flag(bool? b) => b is { } value ? (value ? "true" : "false") : null;
        return QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
        {
            ["from"] = Day(From),
            ["to"] = Day(To),
            ["method"] = Method?.ToString(),
            ["customerId"] = CustomerId?.ToString(CultureInfo.InvariantCulture),
            ["voided"] = Flag(Voided),
            ["direction"] = Direction?.ToString(),
            ["onSlip"] = Flag(OnSlip),
            ["page"] = page?.ToString(CultureInfo.InvariantCulture),
        });
    }
}
