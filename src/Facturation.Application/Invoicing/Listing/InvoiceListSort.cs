namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// A list order: a column key (case-insensitive) and a direction. <c>sort=-gross</c> or <c>sort=gross&amp;dir=desc</c>
/// sort descending; no sort means the default order, newest issue date first (the keyset-paged one).
/// </summary>
public sealed record InvoiceListSort(string Key, bool Descending)
{
    public const string Default = "issueDate";

    /// <summary>Every sortable column; an unknown key falls back to the default order.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "customerCode", "customerName", "type", "number", "issuedBy", "status", "modified", "issueDate", "dueDate",
        "deliveryDate", "net", "tax", "gross", "remaining", "marginRate", "markupRate", "statement", "lastReminder", "id",
    ];

    public bool IsDefault => Key == Default && Descending;

    /// <summary>Sorted by a customer column: the page is best read from the customers' side.</summary>
    public bool IsByCustomer => Key is "customerCode" or "customerName";

    /// <summary><paramref name="descending"/> (the screen's <c>desc</c>, the API's <c>dir</c>) wins over a leading '-'.</summary>
    public static InvoiceListSort Parse(string? sort, bool? descending)
    {
        var text = sort?.Trim() ?? string.Empty;
        var minus = text.StartsWith('-');
        var key = Keys.FirstOrDefault(k => string.Equals(k, minus ? text[1..] : text, StringComparison.OrdinalIgnoreCase));
        return key is null ? new InvoiceListSort(Default, descending ?? true) : new InvoiceListSort(key, descending ?? minus);
    }
}
