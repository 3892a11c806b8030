using Facturation.Application.Common;
using Facturation.Application.Corrections;
using Facturation.Application.Payments;
using Facturation.Domain.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Payments;

/// <summary>The settlement block of the invoice view (<c>@await Component.InvokeAsync("Settlement", invoice)</c>).</summary>
public sealed class SettlementViewComponent(PaymentService payments, CorrectionService corrections, IAuthorizationService authorization, IBusinessClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var ct = HttpContext.RequestAborted;
        var model = new SettlementViewModel(
            invoice,
            invoice.IsDraft ? [] : await payments.SettlementsOfAsync(invoice.Id, ct),
            await corrections.CorrectionsOfAsync(invoice.Id, ct),
            clock.Today,
            (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.RecordPayments)).Succeeded,
            (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.Bill)).Succeeded);
        return View("/Features/Payments/Settlement.cshtml", model);
    }
}
