using Facturation.Application.Invoicing;
using Facturation.Application.Recurring;

namespace Facturation.Web.Features.RecurringInvoices;

/// <summary>The recurring invoice form (<see cref="Id"/> null on creation) with the customers, products, tax codes and accounts of its selects.</summary>
public sealed record RecurringInvoiceFormViewModel(int? Id, RecurringInvoiceInput Input, InvoiceEditorChoices Choices);
