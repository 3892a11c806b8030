using Facturation.Application.Statements;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>Statements (relevés de factures): one per customer of the selected issued documents.</summary>
[Route("api/v1/statements")]
public sealed class StatementsController(StatementService statements, StatementMailService mail) : ApiControllerBase
{
    /// <summary>Creates one statement per customer of the issued documents among <c>invoiceIds</c> (drafts and abandoned ones are left aside).</summary>
    [HttpPost]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Create(StatementRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var batch = await statements.CreateAsync(request.InvoiceIds, User.ToActor(), ct);
        var created = batch.Created.Select(StatementSummaryDto.From).ToList();
        return Created(Url.Action(nameof(Get), new { id = created[0].Id }), created);
    }

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<StatementDto> Get(int id, CancellationToken ct) => StatementDto.From(await statements.GetAsync(id, ct));

    /// <summary>The PDF archived when the statement was issued (same bytes every time).</summary>
    [HttpGet("{id:int}/pdf")]
    [Produces("application/pdf")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        var pdf = await statements.PdfAsync(id, ct);
        Response.Headers["X-Content-SHA256"] = pdf.Sha256;
        return File(pdf.Content, "application/pdf", pdf.FileName);
    }

    /// <summary>E-mails the statement to the customer's billing contact through the outbox (202; delivery follows).</summary>
    [HttpPost("{id:int}/send")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Send(int id, CancellationToken ct)
    {
        var message = await mail.RequestAsync(id, User.ToActor(), ct);
        return AcceptedAtAction(nameof(OutboxMessagesController.Get), "OutboxMessages", new { id = message.Id }, new { id = message.Id, status = message.Status });
    }
}
