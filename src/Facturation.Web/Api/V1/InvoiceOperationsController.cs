using Facturation.Application.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>After-issue changes that touch statistics only (ADR-027): dossier/activity links and the author.</summary>
[Route("api/v1/invoices/{id:int}")]
[Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
public sealed class InvoiceOperationsController(InvoiceOperationsService operations) : ApiControllerBase
{
    /// <summary>Links an issued document to a dossier and/or an activity (both fields replace the current links; null clears).</summary>
    [HttpPut("operations")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<InvoiceDto> Relink(int id, OperationalLinksInput input, CancellationToken ct) =>
        Document(await operations.RelinkAsync(id, input, User.ToActor(), ct));

    [HttpPut("author")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<InvoiceDto> ChangeAuthor(int id, AuthorChange input, CancellationToken ct) =>
        Document(await operations.ChangeAuthorAsync(id, input?.AuthorId, User.ToActor(), ct));
}
