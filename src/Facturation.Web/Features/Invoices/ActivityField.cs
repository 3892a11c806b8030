using Facturation.Application.Invoicing;

namespace Facturation.Web.Features.Invoices;

public sealed record ActivityField(int? ActivityId, IReadOnlyList<Choice> Choices);
