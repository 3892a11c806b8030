using Facturation.Application.Reminders;
using Facturation.Domain.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Reminders;

/// <summary>The reminder block of the document page: last level and date, the history, and the litigation flag.</summary>
public sealed class InvoiceRemindersViewComponent(ReminderService reminders, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.Kind != InvoiceKind.Invoice || invoice.IsDraft)
        {
            return Content(string.Empty);
        }

        var history = await reminders.HistoryAsync(invoice.Id, HttpContext.RequestAborted);
        var canChange = (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.RecordPayments)).Succeeded;
        return View("/Features/Reminders/InvoiceReminders.cshtml", new InvoiceRemindersPanel(invoice, history, canChange));
    }
}
