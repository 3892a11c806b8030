using Facturation.Application.Common;

namespace Facturation.Application.Payments.Journal;

public sealed record PaymentJournalPage(PagedResult<PaymentJournalRow> Rows, PaymentJournalSummary Summary);
