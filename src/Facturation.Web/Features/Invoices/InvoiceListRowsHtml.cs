using System.Globalization;
using System.Text.Encodings.Web;
using Facturation.Application.Invoicing.Listing;
using Facturation.Domain.Invoicing;
using Facturation.Web.Features.Payments;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Facturation.Web.Features.Invoices;

/// <summary>The row addresses of the list, each built once by the routing (<see cref="IdUrlTemplate"/>).</summary>
public sealed record InvoiceListRowLinks(IdUrlTemplate Edit, IdUrlTemplate Details, IdUrlTemplate Pdf, IdUrlTemplate CustomerFilter);

/// <summary>
/// The list's table rows, written straight to the response (ADR-031, session 10). A page of 25–200 rows of up to 18
/// columns was the largest part of the page's CPU time as Razor markup (a buffered value per fragment, a translation
/// look-up per cell); here each translated text is looked up once per page and every row is written in one pass.
/// The markup is the one the template had (tests and scripts address its <c>data-*</c> attributes).
/// </summary>
public sealed class InvoiceListRowsHtml(InvoiceListViewModel model, IStringLocalizer localizer, InvoiceListRowLinks links, BusinessTimeDisplay time) : IHtmlContent
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        var columns = InvoiceListColumns.All.Where(c => model.Shows(c.Key)).Select(c => (c.Key, Label: Text(c.Header, encoder))).ToList();
        foreach (var row in model.Page.Rows.Items)
        {
            WriteRow(writer, encoder, row, columns);
        }
    }

    private void WriteRow(TextWriter w, HtmlEncoder e, InvoiceListRow r, List<(string Key, string Label)> columns)
    {
        var open = (r.IsDraft ? links.Edit : links.Details).For(r.Id);
        w.Write("<tr class=\"");
        w.Write(InvoiceStatusLabels.Row(r.Status));
        w.Write("\" data-open=\"");
        e.Encode(w, open);
        if (!r.IsDraft)
        {
            w.Write("\" data-pdf=\"");
            e.Encode(w, links.Pdf.For(r.Id));
        }

        w.Write("\" data-number=\"");
        e.Encode(w, r.DisplayNumber);
        w.Write("\" data-status=\"");
        w.Write(r.Status.ToString());
        w.Write("\">\n<td class=\"card-select\"><input type=\"checkbox\" class=\"form-check-input\" name=\"invoiceIds\" value=\"");
        w.Write(r.Id.ToString(CultureInfo.InvariantCulture));
        w.Write("\" aria-label=\"");
        e.Encode(w, r.DisplayNumber);
        w.Write("\" /></td>");
        foreach (var (key, label) in columns)
        {
            WriteCell(w, e, r, key, label, open);
        }

        w.Write("\n</tr>\n");
    }

    private void WriteCell(TextWriter w, HtmlEncoder e, InvoiceListRow r, string key, string label, string open)
    {
        switch (key)
        {
            case "customer":
                Open(w, label);
                w.Write("<a href=\"");
                e.Encode(w, links.CustomerFilter.For(r.CustomerId));
                w.Write("\" class=\"text-muted\">");
                e.Encode(w, r.CustomerCode);
                w.Write("</a> ");
                e.Encode(w, r.CustomerName);
                w.Write("</td>");
                break;
            case "type":
                Open(w, label);
                Badge(w, InvoiceTypeLabels.Badge(r.Kind, r.Type), Text(InvoiceTypeLabels.Label(r.Kind, r.Type), e));
                w.Write("</td>");
                break;
            case "number":
                w.Write("<td class=\"text-nowrap card-heading\" data-testid=\"card-title\"><a href=\"");
                e.Encode(w, open);
                w.Write("\">");
                e.Encode(w, r.DisplayNumber);
                w.Write("</a>");
                if (r.SentAtUtc is not null || r.ProformaSentAtUtc is not null)
                {
                    Icon(w, Text("Envoyé par e-mail", e), "emailed", "✉", null);
                }

                if (r.FirstDownloadedAtUtc is not null)
                {
                    Icon(w, Text("Téléchargé", e), "downloaded", "⤓", null);
                }

                w.Write("</td>");
                break;
            case "issuedBy":
                Cell(w, e, label, r.IssuedBy);
                break;
            case "status":
                w.Write("<td class=\"card-tag\" data-testid=\"card-status\">");
                Badge(w, InvoiceStatusLabels.Badge(r.Status), Text(InvoiceStatusLabels.ListLabel(r.Status, r.ProformaSentAtUtc), e));
                w.Write("</td>");
                break;
            case "modified":
                Cell(w, e, label, time.Format(r.LastModifiedAtUtc, "dd/MM/yyyy HH:mm"));
                break;
            case "issueDate":
                Cell(w, e, label, Date(r.IssueDate));
                break;
            case "dueDate":
                Open(w, label);
                e.Encode(w, r.Kind == InvoiceKind.Invoice && !r.IsDraft ? Date(r.DueDate) ?? string.Empty : string.Empty);
                if (r.IsOverdue(model.Today))
                {
                    Icon(w, Text("En retard", e), "overdue", "⚠", "text-danger ms-1");
                }

                w.Write("</td>");
                break;
            case "plannedDelivery":
                Cell(w, e, label, Period(r.DeliveryDate, r.DeliveryPeriodEnd));
                break;
            case "actualDelivery":
                Cell(w, e, label, r.IsDraft ? null : Period(r.DeliveryDate, r.DeliveryPeriodEnd));
                break;
            case "net":
                Cell(w, e, label, Amount(r.Net), numeric: true);
                break;
            case "gross":
                Cell(w, e, label, Amount(r.Gross), numeric: true);
                break;
            case "remaining":
                Cell(w, e, label, r.IsDraft ? null : Amount(r.Remaining), numeric: true);
                break;
            case "paymentMethod":
                Open(w, label);
                w.Write(r.PaymentMethod is { } method ? Text(PaymentMethodLabels.Label(method), e) : string.Empty);
                w.Write("</td>");
                break;
            case "marginRate":
                Cell(w, e, label, Rate(r.MarginRate), numeric: true);
                break;
            case "markupRate":
                Cell(w, e, label, Rate(r.MarkupRate), numeric: true);
                break;
            case "statement":
                Cell(w, e, label, r.StatementNumber);
                break;
            case "lastReminder":
                w.Write("<td data-label=\"");
                w.Write(label);
                w.Write("\" data-testid=\"last-reminder\">");
                if (r.LastReminderLevel is { } level)
                {
                    e.Encode(w, localizer["Niveau {0}", level].Value + " — " + time.Format(r.LastReminderAtUtc, "dd/MM/yyyy"));
                }

                w.Write("</td>");
                break;
            default:
                break;
        }
    }

    /// <summary>A translated UI text, HTML-encoded, looked up once per page.</summary>
    private string Text(string french, HtmlEncoder encoder)
    {
        if (!_texts.TryGetValue(french, out var text))
        {
            text = encoder.Encode(localizer[french].Value);
            _texts[french] = text;
        }

        return text;
    }

    private static void Open(TextWriter w, string label)
    {
        w.Write("<td data-label=\"");
        w.Write(label);
        w.Write("\">");
    }

    private static void Cell(TextWriter w, HtmlEncoder e, string label, string? value, bool numeric = false)
    {
        w.Write("<td data-label=\"");
        w.Write(label);
        w.Write(numeric ? "\" class=\"text-end\">" : "\">");
        if (value is not null)
        {
            e.Encode(w, value);
        }

        w.Write("</td>");
    }

    private static void Badge(TextWriter w, string cssClass, string encodedText)
    {
        w.Write("<span class=\"badge ");
        w.Write(cssClass);
        w.Write("\">");
        w.Write(encodedText);
        w.Write("</span>");
    }

    private static void Icon(TextWriter w, string encodedTitle, string testId, string symbol, string? cssClass)
    {
        w.Write(cssClass is null ? " <span role=\"img\" title=\"" : $" <span class=\"{cssClass}\" role=\"img\" title=\"");
        w.Write(encodedTitle);
        w.Write("\" aria-label=\"");
        w.Write(encodedTitle);
        w.Write("\" data-testid=\"");
        w.Write(testId);
        w.Write("\">");
        w.Write(symbol);
        w.Write("</span>");
    }

    private static string? Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.CurrentCulture);

    private static string? Period(DateOnly? start, DateOnly? end) =>
        end is { } last ? Date(start) + " – " + Date(last) : Date(start);

    private static string Amount(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);

    private static string? Rate(decimal? rate) => rate is { } value ? Amount(value) + " %" : null;
}
