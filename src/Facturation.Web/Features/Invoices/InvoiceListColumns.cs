namespace Facturation.Web.Features.Invoices;

/// <summary>
/// The list's columns (seed 002) in display order, with their French header and sort key. The user's choice is
/// remembered in a cookie (<see cref="CookieName"/>, one year; per browser, ADR-022) and sent as repeatable <c>cols=</c>.
/// </summary>
public static class InvoiceListColumns
{
    public const string CookieName = "invoice-list-columns";

    public static readonly IReadOnlyList<(string Key, string Header, string? Sort)> All =
    [
        ("customer", "Client", "customerName"),
        ("type", "Type", "type"),
        ("number", "Numéro", "number"),
        ("issuedBy", "Émis par", "issuedBy"),
        ("status", "Statut", "status"),
        ("modified", "Modification", "modified"),
        ("issueDate", "Date d'émission", "issueDate"),
        ("dueDate", "Échéance", "dueDate"),
        ("plannedDelivery", "Date de livraison prévue", "deliveryDate"),
        ("actualDelivery", "Date de livraison effective", null),
        ("net", "Total HT", "net"),
        ("gross", "Total TTC", "gross"),
        ("remaining", "Restant", "remaining"),
        ("paymentMethod", "Méthode de paiement", null),
        ("marginRate", "Marge brute", "marginRate"),
        ("markupRate", "Taux de marque brut", "markupRate"),
        ("statement", "Relevé de factures", "statement"),
        ("lastReminder", "Dernière relance", "lastReminder"),
    ];

    /// <summary>Known keys only, in display order; nothing chosen means every column.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string>? chosen)
    {
        var set = (chosen ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var keys = All.Where(c => set.Contains(c.Key)).Select(c => c.Key).ToList();
        return keys.Count == 0 ? All.Select(c => c.Key).ToList() : keys;
    }
}
