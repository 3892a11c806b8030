using Facturation.Application.Activities;
using Facturation.Application.Invoicing;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>The draft header's activity select (ADR-027), kept apart from the editor: the active activities and the draft's own.</summary>
public sealed class ActivityFieldViewComponent(ActivityService activities) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int? activityId)
    {
        var all = await activities.ListAsync(includeInactive: true, HttpContext.RequestAborted);
        var choices = all.Where(a => a.Active || a.Id == activityId)
            .Select(a => new Choice(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{a.Code} — {a.Name}")).ToList();
        return View(new ActivityField(activityId, choices));
    }
}
