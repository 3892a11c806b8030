using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Editor;

namespace Facturation.Web.Features.Invoices;

/// <summary>The draft editor's lines and totals: the posted values and what the server adds (labels, selects, live totals).</summary>
public sealed record DraftEditorViewModel(InvoiceInput Input, DraftEditorContext Context);
