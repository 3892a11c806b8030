using Facturation.Domain.Recurring;

namespace Facturation.Web.Features.RecurringInvoices;

public sealed record RecurringInvoiceDetailsViewModel(RecurringInvoiceTemplate Template, string CustomerName, IReadOnlyList<RecurringInvoiceOccurrence> Occurrences);
