using Facturation.Application.Common;
using Facturation.Application.Invoicing;
using Facturation.Application.Payments;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Payments;

/// <summary>
/// Payment screens: record one payment spread over a customer's open invoices (oldest first by default, editable),
/// delete a payment with its reason, apply or refund a credit note.
/// </summary>
[Authorize(Policy = Policies.RecordPayments)]
public sealed class PaymentsController(PaymentService payments, InvoiceService invoices, IBusinessClock clock) : Controller, IRedrawsForm
{
    public const string Spread = "spread";

    [HttpGet]
    public async Task<IActionResult> Record(int? customerId, int? invoiceId, CancellationToken ct)
    {
        var input = new PaymentInput { CustomerId = customerId, Date = Today, Method = PaymentMethod.Transfer };
        if (invoiceId is { } id)
        {
            var invoice = await invoices.GetAsync(id, ct);
            (input.CustomerId, input.Amount) = (invoice.CustomerId, invoice.Remaining);
        }

        var open = await OpenInvoicesAsync(input.CustomerId, ct);
        input.Allocations = invoiceId is { } only
            ? open.Select(i => new AllocationInput { InvoiceId = i.Id, Amount = i.Id == only ? input.Amount : 0m }).ToList()
            : SpreadOver(open, input.Amount ?? 0m);
        return View(await RecordPageAsync(input, open, ct));
    }

    [HttpPost]
    public async Task<IActionResult> Record(PaymentInput input, string? command, CancellationToken ct)
    {
        if (command == Spread || input.Allocations.Count == 0)
        {
            // Another customer or amount: re-display the customer's open invoices with the oldest-first spread.
            ModelState.Clear();
            var open = await OpenInvoicesAsync(input.CustomerId, ct);
            input.Allocations = SpreadOver(open, input.Amount ?? 0m);
            return View(await RecordPageAsync(input, open, ct));
        }

        if (!ModelState.IsValid)
        {
            return View(await RecordPageAsync(input, ct));
        }

        var payment = await payments.ReceiveAsync(input, User.ToActor(), ct);
        this.FlashSuccess($"Règlement de {Payment.Format(payment.Amount)} enregistré.");
        return payment.Allocations is [var single]
            ? this.RedirectToInvoice(single.InvoiceId)
            : this.RedirectToCustomer(payment.CustomerId);
    }

    /// <summary>"Annuler le règlement": the payment is voided (kept, struck through, with who/when/why), never deleted.</summary>
    [HttpPost]
    public async Task<IActionResult> Void(int id, string? reason, int? returnTo, CancellationToken ct)
    {
        await payments.VoidAsync(id, reason, User.ToActor(), ct);
        this.FlashSuccess("Règlement annulé.");
        return returnTo is { } invoiceId ? this.RedirectToInvoice(invoiceId) : this.RedirectToInvoiceList();
    }

    /// <summary>The confirmation page of "Annuler le règlement" without JavaScript (the dialog's fallback).</summary>
    [HttpGet]
    public IActionResult ConfirmVoid(int id, int? returnTo) =>
        View("/Features/Shared/Confirm.cshtml", new ConfirmViewModel(SettlementActions.VoidPayment(Url, id, returnTo), returnTo is { } back ? Url.Invoice(back) : Url.InvoiceList(), $"Règlement n° {id}"));

    /// <summary>The confirmation page of "Annuler l'imputation" without JavaScript.</summary>
    [HttpGet]
    public IActionResult ConfirmReverseCredit(int id, int applicationId, int? returnTo) =>
        View("/Features/Shared/Confirm.cshtml", new ConfirmViewModel(SettlementActions.ReverseCredit(Url, id, applicationId, returnTo), Url.Invoice(returnTo ?? id), $"Imputation n° {applicationId}"));

    /// <summary>Undoes a credit note's application on an invoice with a recorded reversal.</summary>
    [HttpPost]
    public async Task<IActionResult> ReverseCredit(int id, int applicationId, string? reason, int? returnTo, CancellationToken ct)
    {
        await payments.ReverseCreditApplicationAsync(id, applicationId, reason, User.ToActor(), ct);
        this.FlashSuccess("Imputation de l'avoir annulée.");
        return this.RedirectToInvoice(returnTo ?? id);
    }

    [HttpGet]
    public async Task<IActionResult> Refund(int id, CancellationToken ct)
    {
        var creditNote = await invoices.GetAsync(id, ct);
        return View(new RefundViewModel(new RefundInput { Date = Today, Method = PaymentMethod.Transfer, Amount = creditNote.Remaining }, creditNote));
    }

    [HttpPost]
    public async Task<IActionResult> Refund(int id, RefundInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await RefundPageAsync(id, input, ct));
        }

        await payments.RefundAsync(id, input, User.ToActor(), ct);
        this.FlashSuccess("Remboursement enregistré.");
        return this.RedirectToInvoice(id);
    }

    [HttpGet]
    public async Task<IActionResult> ApplyCredit(int id, CancellationToken ct)
    {
        var creditNote = await invoices.GetAsync(id, ct);
        var open = await OpenInvoicesAsync(creditNote.CustomerId, ct);
        var oldest = open.Count > 0 ? open[0] : null;
        var input = new CreditApplicationInput { InvoiceId = oldest?.Id, Amount = Math.Min(creditNote.Remaining, oldest?.Remaining ?? creditNote.Remaining) };
        return View(new ApplyCreditViewModel(input, creditNote, open));
    }

    [HttpPost]
    public async Task<IActionResult> ApplyCredit(int id, CreditApplicationInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await ApplyCreditPageAsync(id, input, ct));
        }

        await payments.ApplyCreditAsync(id, input, User.ToActor(), ct);
        this.FlashSuccess("Avoir imputé.");
        return this.RedirectToInvoice(input.InvoiceId ?? id);
    }

    [HttpPost]
    public async Task<IActionResult> Dispute(int id, string? reason, CancellationToken ct)
    {
        await payments.MarkDisputedAsync(id, reason, User.ToActor(), ct);
        this.FlashSuccess("Incident de paiement enregistré.");
        return this.RedirectToInvoice(id);
    }

    [HttpPost]
    public async Task<IActionResult> ResolveDispute(int id, CancellationToken ct)
    {
        await payments.ResolveDisputeAsync(id, User.ToActor(), ct);
        this.FlashSuccess("Incident de paiement levé.");
        return this.RedirectToInvoice(id);
    }

    private DateOnly Today => clock.Today;

    private static List<AllocationInput> SpreadOver(IReadOnlyList<Invoice> open, decimal amount) =>
        open.Zip(PaymentService.SpreadOldestFirst(open, amount), (invoice, part) => new AllocationInput { InvoiceId = invoice.Id, Amount = part }).ToList();

    private async Task<IReadOnlyList<Invoice>> OpenInvoicesAsync(int? customerId, CancellationToken ct) =>
        customerId is { } id ? await payments.OpenInvoicesAsync(id, ct) : [];

    private async Task<RecordPaymentViewModel> RecordPageAsync(PaymentInput input, CancellationToken ct) =>
        await RecordPageAsync(input, await OpenInvoicesAsync(input.CustomerId, ct), ct);

    private async Task<RecordPaymentViewModel> RecordPageAsync(PaymentInput input, IReadOnlyList<Invoice> open, CancellationToken ct) =>
        new(input, open, (await invoices.EditorChoicesAsync(ct)).Customers, Today);

    private async Task<RefundViewModel> RefundPageAsync(int id, RefundInput input, CancellationToken ct) =>
        new(input, await invoices.GetAsync(id, ct));

    private async Task<ApplyCreditViewModel> ApplyCreditPageAsync(int id, CreditApplicationInput input, CancellationToken ct)
    {
        var creditNote = await invoices.GetAsync(id, ct);
        return new(input, creditNote, await OpenInvoicesAsync(creditNote.CustomerId, ct));
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(Record) => View(refused.Action, await RecordPageAsync(refused.Input<PaymentInput>(), ct)),
            nameof(Refund) => View(refused.Action, await RefundPageAsync(refused.Id, refused.Input<RefundInput>(), ct)),
            nameof(ApplyCredit) => View(refused.Action, await ApplyCreditPageAsync(refused.Id, refused.Input<CreditApplicationInput>(), ct)),
            _ => null,
        };
}
