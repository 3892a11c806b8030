using Facturation.Application.Mail;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>The delivery status of a queued email.</summary>
[Route("api/v1/outbox")]
public sealed class OutboxMessagesController(OutboxService outbox) : ApiControllerBase
{
    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<OutboxMessageDto> Get(int id, CancellationToken ct) => OutboxMessageDto.From(await outbox.GetAsync(id, ct));
}
