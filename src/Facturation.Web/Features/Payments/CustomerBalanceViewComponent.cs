using Facturation.Application.Common;
using Facturation.Application.Payments;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Payments;

/// <summary>The customer's open invoices and remaining credit on the customer view (<c>@await Component.InvokeAsync("CustomerBalance", new { customerId })</c>).</summary>
public sealed class CustomerBalanceViewComponent(PaymentService payments, IAuthorizationService authorization, IBusinessClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int customerId)
    {
        var ct = HttpContext.RequestAborted;
        var model = new CustomerBalanceViewModel(
            customerId,
            await payments.OpenInvoicesAsync(customerId, ct),
            await payments.CreditNotesWithCreditAsync(customerId, ct),
            await payments.RecentPaymentsAsync(customerId, 10, ct),
            clock.Today,
            (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.RecordPayments)).Succeeded);
        return View("/Features/Payments/CustomerBalance.cshtml", model);
    }
}
