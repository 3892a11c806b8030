namespace Facturation.Domain.Invoicing;

/// <summary>The verbs a user can apply to an invoice or a credit note; <see cref="InvoiceLifecycle"/> says which each status allows.</summary>
public enum InvoiceAction
{
    Edit,
    Finalize,
    Delete,
    Duplicate,
    Send,
    RecordPayment,
    CreateCreditNote,
    Cancel,
    Replace,
    Penalty,
    Dispute,
    ResolveDispute,
    Litigation,
    ApplyCredit,
    Refund,
    UndoSettlement,
}
