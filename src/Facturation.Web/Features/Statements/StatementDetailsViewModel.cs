using Facturation.Application.Mail;
using Facturation.Domain.Statements;

namespace Facturation.Web.Features.Statements;

public sealed record StatementDetailsViewModel(Statement Statement, string CustomerName, IReadOnlyList<OutboxMessage> Emails);
