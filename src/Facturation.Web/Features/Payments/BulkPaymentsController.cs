using Facturation.Application.Common;
using Facturation.Application.Payments;
using Facturation.Domain.Payments;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Payments;

/// <summary>
/// "Enregistrer un paiement" on a selection of the invoice list: one payment form per customer, pre-filled with
/// what its selected documents leave due (credit notes netted); each form records that customer's payment and
/// comes back to the forms of the customers not settled yet.
/// </summary>
[Authorize(Policy = Policies.RecordPayments)]
[Route("Payments/Bulk")]
public sealed class BulkPaymentsController(BulkPaymentService bulk, IBusinessClock clock) : Controller, IRedrawsForm
{
    [HttpPost("")]
    public async Task<IActionResult> Index([FromForm] List<int> invoiceIds, CancellationToken ct) =>
        View("~/Features/Payments/Bulk.cshtml", new BulkPaymentsViewModel(await bulk.PlanAsync(invoiceIds, ct), clock.Today));

    [HttpPost("Record")]
    public async Task<IActionResult> Record(BulkPaymentInput input, [FromForm] List<int> pendingIds, CancellationToken ct)
    {
        var plan = await bulk.PlanAsync(input.InvoiceIds, ct);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("~/Features/Payments/BulkRecord.cshtml", FormOf(plan, input, pendingIds));
        }

        var result = await bulk.RecordAsync(input, User.ToActor(), ct);
        this.FlashSuccess(result.Payments is [var payment]
            ? $"Règlement de {Payment.Format(payment.Amount)} enregistré."
            : "Avoirs imputés : rien ne restait à régler.");
        if (pendingIds.Count > 0)
        {
            ModelState.Clear();
            return View("~/Features/Payments/Bulk.cshtml", new BulkPaymentsViewModel(await bulk.PlanAsync(pendingIds, ct), clock.Today));
        }

        return this.RedirectToCustomer(plan.Customers[0].CustomerId);
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct)
    {
        if (refused?.Action != nameof(Record))
        {
            return null;
        }

        var input = refused.Input<BulkPaymentInput>();
        var pendingIds = refused.Arguments.TryGetValue("pendingIds", out var pending) && pending is List<int> ids ? ids : [];
        return View("~/Features/Payments/BulkRecord.cshtml", FormOf(await bulk.PlanAsync(input.InvoiceIds, ct), input, pendingIds));
    }

    /// <summary>The one customer's form the posted documents make, or null when they no longer make one.</summary>
    private static BulkPaymentForm? FormOf(BulkPaymentPlan plan, BulkPaymentInput input, IReadOnlyList<int> pendingIds) =>
        plan.Customers is [var customer] ? new BulkPaymentForm(customer, input, pendingIds) : null;
}
