using System.Globalization;
using System.Runtime.CompilerServices;
using Facturation.Application.Common;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Listing;
using Facturation.Web.Features.Payments;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// The filtered list's export rows (written as CSV or XLSX by <see cref="Infrastructure.SpreadsheetFile"/>), with the chosen
/// columns and French headers; amounts signed as on screen, times in the company's zone. Rows are read from the list
/// service in batches, never all at once.
/// </summary>
public sealed class InvoiceListExport(InvoiceListService list, IBusinessClock clock)
{
    private const int Batch = 1000;

    /// <summary>The filtered list's rows as export cells (French headers, in <paramref name="columns"/> order).</summary>
    public IAsyncEnumerable<Dictionary<string, object?>> Rows(InvoiceListQuery query, IReadOnlyList<string> columns, CancellationToken ct) =>
        Rows(list.AllAsync(query, Batch, ct), columns, ct);

    private async IAsyncEnumerable<Dictionary<string, object?>> Rows(IAsyncEnumerable<InvoiceListRow> rows, IReadOnlyList<string> columns, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in rows.WithCancellation(ct))
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                Add(cells, column, row);
            }

            yield return cells;
        }
    }

    private void Add(Dictionary<string, object?> cells, string column, InvoiceListRow r)
    {
        static string? Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        switch (column)
        {
            case "customer":
                cells["Code client"] = r.CustomerCode;
                cells["Client"] = r.CustomerName;
                break;
            case "type": cells["Type"] = InvoiceTypeLabels.Label(r.Kind, r.Type); break;
            case "number": cells["Numéro"] = r.DisplayNumber; break;
            case "issuedBy": cells["Émis par"] = r.IssuedBy; break;
            case "status": cells["Statut"] = InvoiceStatusLabels.ListLabel(r.Status, r.ProformaSentAtUtc); break;
            case "modified": cells["Modification"] = clock.ToBusinessTime(r.LastModifiedAtUtc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture); break;
            case "issueDate": cells["Date d'émission"] = Date(r.IssueDate); break;
            case "dueDate": cells["Échéance"] = Date(r.DueDate); break;
            case "plannedDelivery": cells["Date de livraison prévue"] = Date(r.DeliveryDate); break;
            case "actualDelivery": cells["Date de livraison effective"] = r.IsDraft ? null : Date(r.DeliveryPeriodEnd ?? r.DeliveryDate); break;
            case "net": cells["Total HT"] = r.Net; break;
            case "gross": cells["Total TTC"] = r.Gross; break;
            case "remaining": cells["Restant"] = r.Remaining; break;
            case "paymentMethod": cells["Méthode de paiement"] = r.PaymentMethod is { } method ? PaymentMethodLabels.Label(method) : null; break;
            case "marginRate": cells["Marge brute"] = r.MarginRate; break;
            case "markupRate": cells["Taux de marque brut"] = r.MarkupRate; break;
            case "statement": cells["Relevé de factures"] = r.StatementNumber; break;
            case "lastReminder": cells["Dernière relance"] = r.LastReminderLevel is { } level ? string.Create(CultureInfo.InvariantCulture, $"{level} — {(r.LastReminderAtUtc is { } at ? clock.ToBusinessTime(at) : (DateTime?)null):dd/MM/yyyy}") : null; break;
            default: break;
        }
    }
}
