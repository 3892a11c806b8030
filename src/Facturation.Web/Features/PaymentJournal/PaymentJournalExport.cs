using System.Runtime.CompilerServices;
using Facturation.Application.Payments.Journal;
using Facturation.Domain.Payments;
using Facturation.Web.Features.Payments;

namespace Facturation.Web.Features.PaymentJournal;

/// <summary>
/// The filtered payments journal as export rows (CSV or XLSX through <see cref="Infrastructure.SpreadsheetFile"/>): the
/// screen's columns with French headers, refunds negative as on screen, read from the journal in keyset batches.
/// </summary>
public static class PaymentJournalExport
{
    private const int Batch = 1000;

    public static IAsyncEnumerable<Dictionary<string, object?>> Rows(PaymentJournalService journal, PaymentJournalQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(journal);
        return Rows(journal.AllAsync(query, Batch, ct), ct);
    }

    private static async IAsyncEnumerable<Dictionary<string, object?>> Rows(IAsyncEnumerable<PaymentJournalRow> rows, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var p in rows.WithCancellation(ct))
        {
            yield return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["N°"] = p.Id,
                ["Date"] = p.Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                ["Code client"] = p.CustomerCode,
                ["Client"] = p.CustomerName,
                ["Sens"] = p.Direction == PaymentDirection.Refund ? "Remboursement" : "Règlement",
                ["Mode"] = PaymentMethodLabels.Label(p.Method),
                ["Référence"] = p.Reference,
                ["Banque"] = p.BankAccount,
                ["Montant"] = p.Direction == PaymentDirection.Refund ? -p.Amount : p.Amount,
                ["Statut"] = p.Status == PaymentStatus.Voided ? "Annulé" : "Enregistré",
                ["Bordereau"] = p.RemittanceNumber,
            };
        }
    }
}
