using Serilog;
using Serilog.Context;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Adds <c>RequestId</c> and <c>UserName</c> to every log event of a request (Serilog's <c>LogContext</c>, pushed
/// once the user is authenticated) and to the request-completion event; the W3C trace and span ids come with every
/// event from <see cref="System.Diagnostics.Activity.Current"/> (<c>@tr</c>/<c>@sp</c> in the JSON logs), the same ids
/// the OTLP traces carry.
/// </summary>
public sealed class RequestLogContext(RequestDelegate next)
{
    public const string RequestIdProperty = "RequestId";
    public const string UserNameProperty = "UserName";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using (LogContext.PushProperty(RequestIdProperty, context.TraceIdentifier))
        using (LogContext.PushProperty(UserNameProperty, UserName(context)))
        {
            await next(context);
        }
    }

    /// <summary>For <c>UseSerilogRequestLogging</c>: the completion event is written outside this middleware.</summary>
    public static void EnrichCompletion(IDiagnosticContext diagnostics, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(context);
        diagnostics.Set(RequestIdProperty, context.TraceIdentifier);
        diagnostics.Set(UserNameProperty, UserName(context));
    }

    private static string? UserName(HttpContext context) => context.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
}
