using Facturation.Application.Accounts;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;

namespace Facturation.Web.Api.V1;

/// <summary>An account entry: <c>kind</c> Invoice | CreditNote | Payment | Refund, <c>id</c> of the document or payment.</summary>
public sealed record AccountEntryDto(AccountEntryKind Kind, int Id, DateOnly Date, string? Number, string Description, DateOnly? DueDate, InvoiceStatus? Status, PaymentMethod? Method, decimal Debit, decimal Credit, decimal Balance)
{
    public static AccountEntryDto From(AccountEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Kind, e.SourceId, e.Date, e.Number, AccountEntryLabels.Describe(e), e.DueDate, e.Status, e.Method, e.Debit, e.Credit, e.Balance);
    }
}
