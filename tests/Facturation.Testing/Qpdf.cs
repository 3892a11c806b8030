namespace Facturation.Testing;

/// <summary>Structural checks of a PDF with qpdf (Debian package <c>qpdf</c>, installed by <c>./build.sh test</c>).</summary>
public static class Qpdf
{
    /// <summary>The output of <c>qpdf --check</c>.</summary>
    /// <exception cref="InvalidOperationException">qpdf is missing, or found errors or warnings (non-zero exit; the message has its output).</exception>
    public static Task<string> CheckAsync(byte[] pdf, CancellationToken cancellationToken = default) =>
        PdfText.WithTempFileAsync(pdf, path => PdfText.RunAsync("qpdf", ["--check", path], cancellationToken, "qpdf"), cancellationToken);
}
