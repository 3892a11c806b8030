namespace Facturation.Web.Features.Settings;

/// <summary>The logo upload form (multipart). Size and format are the company's rules, checked when it is stored.</summary>
public sealed class LogoUpload
{
    public IFormFile? Logo { get; set; }

    public async Task<byte[]> ReadAsync(CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(Logo);
        await using var source = Logo.OpenReadStream();
        using var content = new MemoryStream((int)Math.Min(Logo.Length, int.MaxValue));
        await source.CopyToAsync(content, ct);
        return content.ToArray();
    }
}
