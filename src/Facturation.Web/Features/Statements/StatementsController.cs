using Facturation.Application.Common;
using Facturation.Application.Statements;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Statements;

/// <summary>Statements (relevés de factures): creation from the list's selection, list, page, PDF and e-mail.</summary>
[Authorize(Policy = Policies.Read)]
[Route("Statements")]
public sealed class StatementsController(StatementService statements, StatementMailService mail) : Controller, IRedrawsForm
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, int page = 1, CancellationToken ct = default)
    {
        var result = await statements.ListAsync(new ListQuery(search, page), null, ct);
        var names = await statements.CustomerNamesAsync(result.Items.Select(s => s.CustomerId), ct);
        return View(new StatementListViewModel(result, names, search, new PagerModel(Url.To<StatementsController>(nameof(Index)), search, result.Page, result.PageCount, result.Total)));
    }

    /// <summary>One statement per customer of the selected issued documents; the page lists them and what was left aside.</summary>
    [HttpPost("Create", Name = Urls.StatementCreateRoute)]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Create(StatementSelection selection, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(selection);
        }

        var batch = await statements.CreateAsync(selection.InvoiceIds, User.ToActor(), ct);
        var names = await statements.CustomerNamesAsync(batch.Created.Select(s => s.CustomerId), ct);
        return View("Created", new StatementsCreatedViewModel(batch, names));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var statement = await statements.GetAsync(id, ct);
        var names = await statements.CustomerNamesAsync([statement.CustomerId], ct);
        return View(new StatementDetailsViewModel(statement, names.GetValueOrDefault(statement.CustomerId, string.Empty), await mail.EmailsAsync(id, ct)));
    }

    [HttpGet("{id:int}/Pdf", Name = Urls.StatementPdfRoute)]
    public async Task<IActionResult> Pdf(int id, bool inline = false, CancellationToken ct = default)
    {
        var pdf = await statements.PdfAsync(id, ct);
        return inline ? File(pdf.Content, "application/pdf") : File(pdf.Content, "application/pdf", pdf.FileName);
    }

    [HttpPost("{id:int}/Send", Name = Urls.StatementSendRoute)]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Send(int id, CancellationToken ct)
    {
        var message = await mail.RequestAsync(id, User.ToActor(), ct);
        this.FlashSuccess($"Relevé mis en file d'envoi pour {message.To}.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Create) => View(refused.Action, refused.Input<StatementSelection>()),
            _ => null,
        });
}
