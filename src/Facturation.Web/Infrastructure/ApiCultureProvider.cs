using Microsoft.AspNetCore.Localization;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// The API honours <c>Accept-Language</c> (French unless the caller asks for English); the screens do not, their
/// language being the user's choice (cookie), not the browser's default.
/// </summary>
public sealed class ApiCultureProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider _header = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        _header.Options = Options;
        return httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? _header.DetermineProviderCultureResult(httpContext)
            : NullProviderCultureResult;
    }
}
