using System.Diagnostics;

namespace Facturation.Testing;

/// <summary>Structural checks of a PDF with qpdf (Debian package <c>qpdf</c>, installed by <c>./build.sh test</c>).</summary>
public static class Qpdf
{
    /// <summary>The output of <c>qpdf --check</c>.</summary>
    /// <exception cref="InvalidOperationException">qpdf is missing, or found errors or warnings (non-zero exit; the message has its output).</exception>
    public static Task<string> CheckAsync(byte[] pdf, CancellationToken cancellationToken = default) =>
        PdfText.WithTempFileAsync(pdf, path => PdfText.RunAsync("qpdf", ["--check", path], cancellationToken, "qpdf"), cancellationToken);

    /// <summary>The bytes of the embedded file <paramref name="name"/> (<c>qpdf --show-attachment</c>), exactly as stored.</summary>
    public static Task<byte[]> AttachmentAsync(byte[] pdf, string name, CancellationToken cancellationToken = default) =>
        PdfText.WithTempFileAsync(pdf, async path =>
        {
            using var process = Process.Start(new ProcessStartInfo("qpdf", [$"--show-attachment={name}", path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("qpdf could not be started.");
            using var content = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.BaseStream.CopyToAsync(content, cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0
                ? content.ToArray()
                : throw new InvalidOperationException($"qpdf --show-attachment={name} failed ({process.ExitCode}): {await error}");
        }, cancellationToken);
}
