using Facturation.Application.Audit;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Infrastructure;

/// <summary>The signed-in user of the current request (cookie or API token); the system outside a request.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public Actor Current => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.ToActor() : SystemAuditActor.System;
}
