using Facturation.Application.Audit;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Audit;

/// <summary>On the home page of accountants and administrators: a red banner while the last nightly verification failed.</summary>
public sealed class AuditAlertViewComponent(AuditLogService journal, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!(await authorization.AuthorizeAsync(HttpContext.User, Policies.Audit)).Succeeded
            || await journal.LatestRunAsync(HttpContext.RequestAborted) is not { Outcome: AuditRunOutcome.Broken or AuditRunOutcome.Error } failed)
        {
            return Content(string.Empty);
        }

        return View("~/Features/Audit/_AuditAlert.cshtml", failed);
    }
}
