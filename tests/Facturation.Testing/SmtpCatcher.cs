using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Facturation.Testing;

/// <summary>An address as maildev reports it.</summary>
public sealed record CaughtAddress(string Address, string Name);

/// <summary>An attachment of a caught e-mail; download it with <see cref="SmtpCatcher.DownloadAttachmentAsync(CaughtEmail, CaughtAttachment, CancellationToken)"/>.</summary>
public sealed record CaughtAttachment(string FileName, string GeneratedFileName, string ContentType, long Size);

/// <summary>An e-mail caught by maildev.</summary>
public sealed record CaughtEmail(
    string Id,
    string Subject,
    DateTimeOffset Time,
    IReadOnlyList<CaughtAddress> From,
    IReadOnlyList<CaughtAddress> To,
    IReadOnlyList<CaughtAddress> Cc,
    IReadOnlyList<CaughtAttachment> Attachments,
    string? Text,
    string? Html)
{
    /// <summary>The Message-Id header as maildev reports it (with or without angle brackets).</summary>
    public string? MessageId { get; init; }

    /// <summary>True when <paramref name="address"/> is one of the To or Cc recipients (case-insensitive).</summary>
    public bool IsAddressedTo(string address) =>
        To.Concat(Cc).Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Client of the maildev 3 REST API started by <c>./build.sh</c> (FACTURATION_TEST_SMTP_API).
/// <para>
/// The catcher is shared by every test assembly of a run, and they run in parallel: give each test its own
/// recipient (<see cref="NewAddress"/>) and wait for mail with a predicate on it, rather than counting
/// the whole inbox or calling <see cref="DeleteAllAsync"/>.
/// </para>
/// </summary>
public sealed class SmtpCatcher : IDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;

    /// <summary>A client of the catcher at <paramref name="endpoint"/>.</summary>
    public SmtpCatcher(SmtpEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Endpoint = endpoint;
        _http = new HttpClient { BaseAddress = endpoint.ApiBaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The catcher given by the FACTURATION_TEST_SMTP_* variables.</summary>
    /// <exception cref="InvalidOperationException">A variable is not set.</exception>
    public static SmtpCatcher FromEnvironment() => new(RequiredService.Smtp());

    /// <summary>Where to send mail (SMTP host and port, no TLS, no authentication) and where the API is.</summary>
    public SmtpEndpoint Endpoint { get; }

    /// <summary>A recipient address unique to the caller, to find its own mail in the shared catcher.</summary>
    public static string NewAddress(string label = "test") => $"{label}-{Guid.NewGuid():N}@facturation.test";

    /// <summary>All e-mails caught, in arrival order.</summary>
    public async Task<IReadOnlyList<CaughtEmail>> ListAsync(CancellationToken cancellationToken = default)
    {
        var emails = await _http.GetFromJsonAsync<List<EmailDto>>("api/email", JsonOptions, cancellationToken);
        return (emails ?? []).Select(e => e.ToCaughtEmail()).ToList();
    }

    /// <summary>The bytes of one attachment.</summary>
    public async Task<byte[]> DownloadAttachmentAsync(
        string emailId, string generatedFileName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailId);
        ArgumentException.ThrowIfNullOrWhiteSpace(generatedFileName);
        var path = $"api/email/{Uri.EscapeDataString(emailId)}/attachment/{Uri.EscapeDataString(generatedFileName)}";
        using var response = await _http.GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException(
                $"maildev answered {(int)response.StatusCode} for attachment {generatedFileName} of e-mail {emailId}: {body}");
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>The bytes of one attachment.</summary>
    public Task<byte[]> DownloadAttachmentAsync(
        CaughtEmail email, CaughtAttachment attachment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(attachment);
        return DownloadAttachmentAsync(email.Id, attachment.GeneratedFileName, cancellationToken);
    }

    /// <summary>Deletes one e-mail.</summary>
    public async Task DeleteAsync(string emailId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailId);
        using var response = await _http.DeleteAsync($"api/email/{Uri.EscapeDataString(emailId)}", cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Deletes every e-mail. The catcher is shared by parallel test assemblies: prefer per-test recipients.</summary>
    public async Task DeleteAllAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.DeleteAsync("api/email/all", cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits until at least <paramref name="count"/> e-mails are addressed (To or Cc) to <paramref name="recipient"/>.</summary>
    public Task<IReadOnlyList<CaughtEmail>> WaitForAsync(
        string recipient, int count = 1, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitForAsync(e => e.IsAddressedTo(recipient), count, timeout, cancellationToken);

    /// <summary>
    /// Polls the catcher until at least <paramref name="count"/> e-mails match <paramref name="predicate"/>
    /// (all e-mails when null) and returns the matching ones; throws <see cref="TimeoutException"/> after
    /// <paramref name="timeout"/> (default 15 s) with what was seen.
    /// </summary>
    public async Task<IReadOnlyList<CaughtEmail>> WaitForAsync(
        Func<CaughtEmail, bool>? predicate, int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var limit = timeout ?? TimeSpan.FromSeconds(15);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CaughtEmail> matching = [];
        while (true)
        {
            var all = await ListAsync(cancellationToken);
            matching = predicate is null ? all : all.Where(predicate).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            if (clock.Elapsed >= limit)
            {
                var subjects = string.Join(", ", matching.Select(e => $"\"{e.Subject}\""));
                throw new TimeoutException(
                    $"Expected at least {count} e-mail(s) in the SMTP catcher within {limit.TotalSeconds:0.#} s; "
                    + $"{matching.Count} matched [{subjects}] out of {all.Count} caught.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> e-mails are in the catcher.</summary>
    public Task<IReadOnlyList<CaughtEmail>> WaitForCountAsync(
        int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitForAsync(predicate: null, count, timeout, cancellationToken);

    public void Dispose() => _http.Dispose();

    private sealed class EmailDto
    {
        public string? Id { get; set; }
        public string? Subject { get; set; }
        public DateTimeOffset? Time { get; set; }
        public List<AddressDto>? From { get; set; }
        public List<AddressDto>? To { get; set; }
        public List<AddressDto>? Cc { get; set; }
        public List<AttachmentDto>? Attachments { get; set; }
        public JsonElement? Text { get; set; }
        public JsonElement? Html { get; set; }

        public Dictionary<string, JsonElement>? Headers { get; set; }

        public CaughtEmail ToCaughtEmail() => new(
            Id ?? string.Empty,
            Subject ?? string.Empty,
            Time ?? DateTimeOffset.MinValue,
            Addresses(From),
            Addresses(To),
            Addresses(Cc),
            (Attachments ?? []).Select(a => new CaughtAttachment(
                a.FileName ?? string.Empty,
                a.GeneratedFileName ?? string.Empty,
                a.ContentType ?? string.Empty,
                a.Size ?? 0)).ToList(),
            StringOrNull(Text),
            StringOrNull(Html))
        {
            MessageId = Headers is not null && Headers.TryGetValue("message-id", out var header) ? StringOrNull(header)?.Trim('<', '>') : null,
        };

        private static string? StringOrNull(JsonElement? value) =>
            value is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;

        private static List<CaughtAddress> Addresses(List<AddressDto>? addresses) =>
            (addresses ?? []).Select(a => new CaughtAddress(a.Address ?? string.Empty, a.Name ?? string.Empty)).ToList();
    }

    private sealed class AddressDto
    {
        public string? Address { get; set; }
        public string? Name { get; set; }
    }

    private sealed class AttachmentDto
    {
        public string? FileName { get; set; }
        public string? GeneratedFileName { get; set; }
        public string? ContentType { get; set; }
        public long? Size { get; set; }
    }
}
