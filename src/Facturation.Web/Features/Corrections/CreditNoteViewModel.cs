using Facturation.Application.Corrections;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Corrections;

/// <summary>The credit note form of an issued invoice (its lines are the ones a credit note can take back).</summary>
public sealed record CreditNoteViewModel(Invoice Invoice, CreditNoteInput Input);
