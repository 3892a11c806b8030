using System.Security.Claims;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Infrastructure;

public static class ActorExtensions
{
    /// <summary>The signed-in user (cookie or API token) as recorded in a document's history.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The signed-in user has no identifier claim.");
        var name = user.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim) is { Length: > 0 } displayName
            ? displayName
            : user.Identity?.Name ?? id;
        return new Actor(id, name);
    }
}
