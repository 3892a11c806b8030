using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Facturation.Application.Common;
using Facturation.Application.Idempotency;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// <c>Idempotency-Key</c> on every API write (POST, PUT, PATCH, DELETE under <c>/api/</c>): the first request with a key
/// runs and its response (status, Location, body) is stored; the same key and the same request within 24 h gets that
/// response again without running anything; the same key with another request → 422; while the first still runs → 409.
/// Keys are per user and stored in the database (<see cref="IdempotencyStore"/>), so they hold across app instances.
/// Runs after authorization, so the user is known and an unauthorized request never claims a key.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext context, IdempotencyStore store)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var request = context.Request;
        if (!IsApiWrite(request) || !request.Headers.TryGetValue(HeaderName, out var header)
            || context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            await next(context);
            return;
        }

        var key = header.ToString().Trim();
        if (key.Length is 0 or > InputLimits.IdempotencyKeyLength || header.Count > 1)
        {
            await Results.ValidationProblem(
                new Dictionary<string, string[]> { [HeaderName] = [$"L'en-tête {HeaderName} doit contenir une seule clé de 1 à {InputLimits.IdempotencyKeyLength} caractères."] },
                title: "La requête contient des erreurs.").ExecuteAsync(context);
            return;
        }

        var claim = await store.ClaimAsync(userId, key, await HashAsync(request, context.RequestAborted), context.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Mismatch:
                await ProblemAsync(context, StatusCodes.Status422UnprocessableEntity, $"La clé {HeaderName} « {key} » a déjà servi pour une autre requête (méthode, adresse ou corps différents) : utilisez une nouvelle clé.", "idempotency.key_reused");
                return;
            case IdempotencyOutcome.InProgress:
                await ProblemAsync(context, StatusCodes.Status409Conflict, $"Une requête avec la clé {HeaderName} « {key} » est encore en cours : réessayez dans un instant pour obtenir sa réponse.", "idempotency.in_progress");
                return;
            case IdempotencyOutcome.Replay:
                await ReplayAsync(context, claim.Record);
                return;
            case IdempotencyOutcome.Claimed:
                await RunAndRecordAsync(context, store, claim.Record.Id);
                return;
        }
    }

    private static bool IsApiWrite(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method));

    /// <summary>Method, path with query, and body: what makes two requests "the same".</summary>
    private static async Task<string> HashAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method.ToUpperInvariant()} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private async Task RunAndRecordAsync(HttpContext context, IdempotencyStore store, long claimId)
    {
        var original = context.Response.Body;
        await using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            await store.ReleaseAsync(claimId);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        var status = context.Response.StatusCode;

        // A conflict or a server error may go away on retry: forget the key rather than replay the failure.
        if (status >= 500 || status == StatusCodes.Status409Conflict)
        {
            await store.ReleaseAsync(claimId);
        }
        else
        {
            await store.CompleteAsync(claimId, status, context.Response.ContentType, context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, captured.ToArray());
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record)
    {
        var response = context.Response;
        response.StatusCode = record.StatusCode!.Value;
        response.Headers[ReplayedHeaderName] = "true";
        if (record.Location is { } location)
        {
            response.Headers.Location = location;
        }

        if (record.ContentType is { } contentType)
        {
            response.ContentType = contentType;
        }

        if (record.ResponseBody is { Length: > 0 } body)
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static Task ProblemAsync(HttpContext context, int status, string detail, string code) =>
        Results.Problem(detail: detail, statusCode: status, title: detail, extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(context);
}
