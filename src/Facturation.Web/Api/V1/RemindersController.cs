using Facturation.Application.Reminders;
using Facturation.Domain.Common;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>Payment reminders (ADR-020): what is due today and sending a selection (billing managers, accountants, administrators).</summary>
public sealed class RemindersController(ReminderService reminders) : ApiControllerBase
{
    /// <summary>Overdue invoices whose next reminder level is due today (company date), oldest due date first.</summary>
    [HttpGet("due")]
    public async Task<PageDto<ReminderDueItem>> Due(CancellationToken ct)
    {
        var due = await reminders.DueAsync(ct);
        return new PageDto<ReminderDueItem>(due, due.Count, 1, due.Count);
    }

    /// <summary>Queues the due reminder of each invoice; the answer says, per invoice, the level sent or why it was skipped.</summary>
    [HttpPost("send")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IReadOnlyList<ReminderOutcomeDto>> Send(SendRemindersRequest request, CancellationToken ct)
    {
        if (request.InvoiceIds is not { Count: > 0 and <= 500 } ids)
        {
            throw new DomainException("reminders.selection", "Indiquez entre 1 et 500 factures à relancer.", "invoiceIds");
        }

        var outcomes = await reminders.SendAsync(ids, User.ToActor(), ct);
        return outcomes.Select(ReminderOutcomeDto.From).ToList();
    }
}
