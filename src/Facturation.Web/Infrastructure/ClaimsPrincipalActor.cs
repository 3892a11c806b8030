using System.Security.Claims;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Infrastructure;

/// <summary>The signed-in user as recorded in a document's history.</summary>
public static class ClaimsPrincipalActor
{
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var name = user.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? id;
        return new Actor(id, name);
    }
}
