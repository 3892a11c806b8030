using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace Facturation.Web.Tests.Observability;

/// <summary>The request-completion log level: a request the client abandoned is not a server error; real failures stay errors.</summary>
public sealed class RequestCompletionLevelTests
{
    [Fact]
    public void A_request_the_client_abandoned_is_information_not_a_500_error()
    {
        Assert.Equal(LogEventLevel.Information, RequestLogContext.Level(Context(aborted: true), 12, new TaskCanceledException()));
        Assert.Equal(LogEventLevel.Information, RequestLogContext.Level(Context(aborted: true), 12, null));
    }

    [Fact]
    public void Failures_stay_errors_even_when_the_client_has_gone()
    {
        Assert.Equal(LogEventLevel.Error, RequestLogContext.Level(Context(aborted: true), 12, new InvalidOperationException("bug")));
        Assert.Equal(LogEventLevel.Error, RequestLogContext.Level(Context(aborted: false), 12, new TaskCanceledException()));
        Assert.Equal(LogEventLevel.Error, RequestLogContext.Level(Context(aborted: false, status: 503), 12, null));
        Assert.Equal(LogEventLevel.Information, RequestLogContext.Level(Context(aborted: false, status: 404), 12, null));
    }

    private static DefaultHttpContext Context(bool aborted, int status = 200)
    {
        var context = new DefaultHttpContext { RequestAborted = new CancellationToken(aborted) };
        context.Response.StatusCode = status;
        return context;
    }
}
