using Facturation.Application.Mail;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.InvoiceMail;

/// <summary>
/// The send form of a document: <see cref="Recent"/> is a sending already requested a moment ago (to avoid a second
/// one), <see cref="SmtpProblem"/> what keeps the outbox from sending (no SMTP configured), if anything.
/// </summary>
public sealed record SendInvoiceViewModel(Invoice Invoice, SendInvoiceInput Input, RecentSending? Recent, string? SmtpProblem);
