using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.DraftMerge;

public sealed record DraftMergeViewModel(int? CustomerId, IReadOnlyList<Invoice> Drafts, InvoiceEditorChoices Choices);
