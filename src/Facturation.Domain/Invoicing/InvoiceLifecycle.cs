using System.Collections.Frozen;
using static Facturation.Domain.Invoicing.InvoiceAction;
using static Facturation.Domain.Invoicing.InvoiceStatus;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// The invoice lifecycle in one readable place (ADR-029): which verbs each status allows, per kind of document, the
/// fields that may still change once a document is issued, and the French name of each status. The aggregate's
/// guards ask <see cref="Allows"/> before their amount checks (settled or not, credit left, overdue), and the screens
/// build their Actions menu from the same table, so a verb the status forbids is neither offered nor accepted.
/// </summary>
public static class InvoiceLifecycle
{
    private static readonly FrozenDictionary<(InvoiceKind Kind, InvoiceStatus Status), FrozenSet<InvoiceAction>> Transitions =
        new Dictionary<(InvoiceKind, InvoiceStatus), InvoiceAction[]>
        {
            // Invoices.                    status → verbs it allows
            [(InvoiceKind.Invoice, Draft)] = [Edit, InvoiceAction.Finalize, Delete, Duplicate, Send],
            [(InvoiceKind.Invoice, Final)] = [Duplicate, Send, RecordPayment, CreateCreditNote, Cancel, Replace, Penalty, Litigation, UndoSettlement],
            [(InvoiceKind.Invoice, Sent)] = [Duplicate, Send, RecordPayment, CreateCreditNote, Cancel, Replace, Penalty, Litigation, UndoSettlement],
            [(InvoiceKind.Invoice, PartiallyPaid)] = [Duplicate, Send, RecordPayment, CreateCreditNote, Penalty, Litigation, UndoSettlement],
            [(InvoiceKind.Invoice, Paid)] = [Duplicate, Send, CreateCreditNote, Dispute, UndoSettlement],
            [(InvoiceKind.Invoice, Disputed)] = [Duplicate, Send, CreateCreditNote, ResolveDispute, UndoSettlement],
            [(InvoiceKind.Invoice, Cancelled)] = [Duplicate],
            [(InvoiceKind.Invoice, Abandoned)] = [Duplicate],

            // Credit notes: applied to invoices or refunded; never paid, disputed or replaced.
            [(InvoiceKind.CreditNote, Draft)] = [Edit, InvoiceAction.Finalize, Delete, Duplicate, Send],
            [(InvoiceKind.CreditNote, Final)] = [Duplicate, Send, ApplyCredit, Refund, Cancel, UndoSettlement],
            [(InvoiceKind.CreditNote, Sent)] = [Duplicate, Send, ApplyCredit, Refund, Cancel, UndoSettlement],
            [(InvoiceKind.CreditNote, Used)] = [Duplicate, Send, UndoSettlement],
            [(InvoiceKind.CreditNote, Refunded)] = [Duplicate, Send, UndoSettlement],
            [(InvoiceKind.CreditNote, Cancelled)] = [Duplicate],
        }.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet());

    /// <summary>
    /// What may still change on an issued document (everything else is frozen, ADR-012): its status and the
    /// settlement, sending, reminder and statement bookkeeping that drive it — nothing printed on the document.
    /// </summary>
    public static readonly FrozenSet<string> ChangeableAfterIssue = new[]
    {
        nameof(Invoice.Status), nameof(Invoice.SentAtUtc), nameof(Invoice.PaidAmount), nameof(Invoice.CreditedAmount),
        nameof(Invoice.CancelledById), nameof(Invoice.ReplacedById), nameof(Invoice.ClosingReason),
        nameof(Invoice.LastReminderLevel), nameof(Invoice.LastReminderAtUtc), nameof(Invoice.LitigationReason), nameof(Invoice.LitigationSinceUtc),
        nameof(Invoice.StatementNumber),
        nameof(Invoice.Remaining), nameof(Invoice.FirstDownloadedAtUtc), nameof(Invoice.LastModifiedAtUtc), nameof(Invoice.Revision),

        // Operational attributes (ADR-027): statistics, not legal content; changed through Invoice.Operations.cs only.
        nameof(Invoice.DossierId), nameof(Invoice.ActivityId), nameof(Invoice.AuthorId),
    }.ToFrozenSet();

    /// <summary>Whether a document of this kind in this status accepts the verb at all (amount conditions aside).</summary>
    public static bool Allows(InvoiceKind kind, InvoiceStatus status, InvoiceAction action) =>
        Transitions.TryGetValue((kind, status), out var allowed) && allowed.Contains(action);

    /// <summary>The verbs a document of this kind in this status accepts, in menu order.</summary>
    public static IReadOnlyList<InvoiceAction> AllowedActions(InvoiceKind kind, InvoiceStatus status) =>
        Enum.GetValues<InvoiceAction>().Where(action => Allows(kind, status, action)).ToList();

    /// <summary>The French name of a status, agreeing with the document (une facture émise, un avoir émis).</summary>
    public static string Label(InvoiceKind kind, InvoiceStatus status) => (kind, status) switch
    {
        (_, Draft) => "Brouillon/proforma",
        (InvoiceKind.CreditNote, Final) => "Émis",
        (_, Final) => "Finale",
        (InvoiceKind.CreditNote, Sent) => "Envoyé",
        (_, Sent) => "Envoyée",
        (_, PartiallyPaid) => "Partiellement payée",
        (_, Paid) => "Payée",
        (_, Disputed) => "Contestée",
        (InvoiceKind.CreditNote, Cancelled) => "Annulé",
        (_, Cancelled) => "Annulée",
        (InvoiceKind.CreditNote, Abandoned) => "Abandonné",
        (_, Abandoned) => "Abandonnée",
        (_, Used) => "Utilisé",
        (_, Refunded) => "Remboursé",
    };

    /// <summary>"La facture FA… " / "L'avoir AV… ": the subject of a French sentence about the document.</summary>
    public static string Subject(InvoiceKind kind, string number) => kind == InvoiceKind.CreditNote ? $"L'avoir {number}" : $"La facture {number}";

    /// <summary>A past participle agreeing with the document: émise / émis, annulée / annulé…</summary>
    public static string Agreed(InvoiceKind kind, string masculine) => kind == InvoiceKind.CreditNote ? masculine : masculine + "e";
}
