using Facturation.Application.Common;
using Microsoft.AspNetCore.Http.Features;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// The API reads at most <see cref="InputLimits.MaxApiBodyBytes"/> of body: a larger declared length is refused at
/// once, a larger chunked body when reading passes the limit; both answer a 413 problem detail, never a 500.
/// </summary>
public sealed class ApiBodyLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (context.Request.ContentLength > InputLimits.MaxApiBodyBytes)
        {
            await TooLargeAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = InputLimits.MaxApiBodyBytes;
        }
        else
        {
            context.Request.Body = new LengthLimitedStream(context.Request.Body, InputLimits.MaxApiBodyBytes);
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TooLargeAsync(context);
        }
    }

    private static Task TooLargeAsync(HttpContext context) =>
        Results.Problem(
            detail: $"Le corps de la requête dépasse la taille maximale de {InputLimits.MaxApiBodyBytes / 1024} Kio.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Requête trop volumineuse.",
            extensions: new Dictionary<string, object?> { ["code"] = "request.too_large" }).ExecuteAsync(context);
}
