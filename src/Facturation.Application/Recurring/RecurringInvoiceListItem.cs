using Facturation.Domain.Recurring;

namespace Facturation.Application.Recurring;

/// <summary>A template with what its list row shows besides its own fields.</summary>
public sealed record RecurringInvoiceListItem(RecurringInvoiceTemplate Template, string CustomerName, string? LastDocumentNumber);
