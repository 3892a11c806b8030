using Facturation.Application.Documents;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Invoices;

public sealed record InvoicePdfPanel(Invoice Invoice, IReadOnlyList<InvoiceDownload> Downloads);
