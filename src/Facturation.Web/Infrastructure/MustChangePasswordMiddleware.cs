namespace Facturation.Web.Infrastructure;

/// <summary>Sends a user with a generated password to the change-password page before anything else.</summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    private static readonly string[] AllowedPrefixes = ["/Account/ChangePassword", "/Account/Logout", "/lib/", "/css/", "/js/", "/health", "/Error"];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && user.Identity.AuthenticationType != BearerTokenAuthenticationHandler.SchemeName
            && user.HasClaim(AppClaimsPrincipalFactory.MustChangePasswordClaim, "true")
            && !AllowedPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect("/Account/ChangePassword");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
