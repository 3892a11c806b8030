using Serilog;
using Serilog.Context;
using Serilog.Events;

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
    public const string AbortedProperty = "Aborted";

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
        if (IsAbandoned(context, null))
        {
            diagnostics.Set(AbortedProperty, true);
        }
    }

    /// <summary>
    /// For <c>UseSerilogRequestLogging</c>: a request the client gave up (tab closed, connection dropped) ends with a
    /// cancellation that the completion event would report as a server error (status 500); it is information, marked
    /// <see cref="AbortedProperty"/>. Any other exception or 5xx stays an error.
    /// </summary>
    public static LogEventLevel Level(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsAbandoned(context, exception) ? LogEventLevel.Information
            : exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
            : LogEventLevel.Information;
    }

    private static bool IsAbandoned(HttpContext context, Exception? exception) =>
        context.RequestAborted.IsCancellationRequested && exception is null or OperationCanceledException;

    private static string? UserName(HttpContext context) => context.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
}
