using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;

namespace Facturation.Application.Accounting.Exports;

/// <summary>
/// Letter codes of the customer-account (411) lines. The lines of a document, of the payments allocated to it, of
/// the credit notes applied to it and of its cancellation counterpart are linked; a linked group whose lines are
/// all in the export and add up to zero is settled, and all its lines get the same code (AAA, AAB, … in the
/// order the export meets them) and the date of its last settlement. Anything linked to a document or payment
/// outside the export leaves the group unlettered, and so does the void of a payment of an earlier period.
/// </summary>
internal sealed class Lettering
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (decimal Balance, DateOnly Date, bool Incomplete)> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Code, DateOnly Date)> _codes = new(StringComparer.Ordinal);

    public static Lettering Of(
        IReadOnlyList<LetteredDocument> documents,
        IReadOnlyList<LetteredAllocation> allocations,
        IReadOnlyList<LetteredCreditApplication> applications,
        IReadOnlyList<LetteredAllocation> voids)
    {
        var lettering = new Lettering();
        var inExport = documents.Select(d => d.Id).ToHashSet();
        foreach (var document in documents)
        {
            lettering.Add(DocumentNode(document.Id), document.Kind == InvoiceKind.Invoice ? document.Gross : -document.Gross, document.Date);
        }

        foreach (var allocation in allocations)
        {
            var node = AllocationNode(allocation.PaymentId, allocation.InvoiceId);
            lettering.Add(node, allocation.Direction == PaymentDirection.Refund ? allocation.Amount : -allocation.Amount, allocation.Date);
            lettering.Link(node, allocation.InvoiceId, inExport, allocation.Date);
        }

        // A void reverses a payment of an earlier period: its document cannot be settled within this export.
        foreach (var reversal in voids)
        {
            var node = $"V{reversal.PaymentId}:{reversal.InvoiceId}";
            lettering.Add(node, reversal.Direction == PaymentDirection.Refund ? -reversal.Amount : reversal.Amount, reversal.Date);
            lettering._groups[node] = lettering._groups[node] with { Incomplete = true };
            lettering.Link(node, reversal.InvoiceId, inExport, reversal.Date);
        }

        foreach (var application in applications)
        {
            lettering.Link(DocumentNode(application.CreditNoteId), application.InvoiceId, inExport, application.Date);
        }

        foreach (var document in documents.Where(d => d.CancelledById is not null))
        {
            lettering.Link(DocumentNode(document.Id), document.CancelledById!.Value, inExport, document.Date);
        }

        var next = 0;
        var nodesInOrder = documents.Select(d => DocumentNode(d.Id)).Concat(allocations.Select(a => AllocationNode(a.PaymentId, a.InvoiceId)));
        var groupCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in nodesInOrder)
        {
            var root = lettering.Find(node);
            var group = lettering._groups[root];
            if (group.Incomplete || group.Balance != 0m)
            {
                continue;
            }

            if (!groupCodes.TryGetValue(root, out var code))
            {
                code = Code(next++);
                groupCodes[root] = code;
            }

            lettering._codes[node] = (code, group.Date);
        }

        return lettering;
    }

    public (string Code, DateOnly Date)? OfDocument(int documentId) =>
        _codes.TryGetValue(DocumentNode(documentId), out var letter) ? letter : null;

    public (string Code, DateOnly Date)? OfAllocation(int paymentId, int invoiceId) =>
        _codes.TryGetValue(AllocationNode(paymentId, invoiceId), out var letter) ? letter : null;

    /// <summary>AAA, AAB, … ZZZ, then AAAA…: letters only, as accounting software expects.</summary>
    internal static string Code(int index)
    {
        var length = 3;
        var capacity = 26 * 26 * 26;
        while (index >= capacity)
        {
            index -= capacity;
            capacity *= 26;
            length++;
        }

        var letters = new char[length];
        for (var i = length - 1; i >= 0; i--)
        {
            letters[i] = (char)('A' + (index % 26));
            index /= 26;
        }

        return new string(letters);
    }

    private static string DocumentNode(int id) => $"D{id}";

    private static string AllocationNode(int paymentId, int invoiceId) => $"P{paymentId}:{invoiceId}";

    private void Add(string node, decimal amount, DateOnly date)
    {
        if (_parent.ContainsKey(node))
        {
            // The same payment allocated twice to one document cannot happen (the domain refuses it); merge anyway.
            var root = Find(node);
            var group = _groups[root];
            _groups[root] = (group.Balance + amount, Max(group.Date, date), group.Incomplete);
            return;
        }

        _parent[node] = node;
        _groups[node] = (amount, date, false);
    }

    private void Link(string node, int documentId, HashSet<int> inExport, DateOnly date)
    {
        var root = Find(node);
        var group = _groups[root];
        if (!inExport.Contains(documentId))
        {
            _groups[root] = group with { Incomplete = true };
            return;
        }

        var other = Find(DocumentNode(documentId));
        if (other == root)
        {
            _groups[root] = group with { Date = Max(group.Date, date) };
            return;
        }

        var second = _groups[other];
        _parent[other] = root;
        _groups.Remove(other);
        _groups[root] = (group.Balance + second.Balance, Max(Max(group.Date, second.Date), date), group.Incomplete || second.Incomplete);
    }

    private string Find(string node)
    {
        var root = node;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[node] != root)
        {
            var parent = _parent[node];
            _parent[node] = root;
            node = parent;
        }

        return root;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
