using Facturation.Application.Accounts;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.CustomerAccounts;

/// <summary>A customer's account (documents, payments, running balance, ageing, credit) and statement of account (ADR-032).</summary>
[Authorize(Policy = Policies.Read)]
[Route("Customers/{id:int}")]
public sealed class CustomerAccountsController(CustomerAccountService accounts) : Controller, IRedrawsForm
{
    public const int PageSize = 50;

    [HttpGet("Account", Name = Urls.CustomerAccountRoute)]
    public async Task<IActionResult> Account(int id, int page = 1, CancellationToken ct = default) =>
        View(await accounts.AccountAsync(id, page, PageSize, ct));

    /// <summary>The statement of account over a period, as a page or (<c>format=pdf</c>) as a PDF in the invoices' style.</summary>
    [HttpGet("AccountStatement")]
    public async Task<IActionResult> AccountStatement(int id, [FromQuery] AccountStatementForm form, CancellationToken ct)
    {
        form.CustomerId = id;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        if (form.IsPdf)
        {
            var pdf = await accounts.StatementPdfAsync(id, form.From, form.To, ct);
            return form.Inline ? File(pdf.Content, "application/pdf") : File(pdf.Content, "application/pdf", pdf.FileName);
        }

        form.Statement = await accounts.StatementAsync(id, form.From, form.To, ct);
        return View(form);
    }

    /// <summary>The filter form of the refused page, drawn again with the user's values and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action == nameof(AccountStatement) ? View(refused.Action, refused.Input<AccountStatementForm>()) : null);
}
