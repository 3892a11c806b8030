using System.Net.Http.Headers;
using Facturation.Testing;

namespace Facturation.Web.Tests.Settings;

/// <summary>Posts the logo form as a browser does: multipart, with the antiforgery token read from the settings page.</summary>
internal static class LogoUploads
{
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Png(int length)
    {
        var content = new byte[length];
        PngSignature.CopyTo(content, 0);
        Random.Shared.NextBytes(content.AsSpan(PngSignature.Length));
        return content;
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[]? content, string fileName = "logo.png", string contentType = "image/png")
    {
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/Settings"))
            ?? throw new InvalidOperationException("No antiforgery token on /Settings.");
        using var form = new MultipartFormDataContent { { new StringContent(token), HtmlForms.AntiforgeryField } };
        if (content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, "Logo", fileName);
        }

        return await client.PostAsync("/Settings/UploadLogo", form);
    }
}
