using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Facturation.Testing;

/// <summary>One font of a PDF as <c>pdffonts</c> lists it.</summary>
/// <param name="Name">Font name, e.g. <c>ABCDEF+DejaVuSans</c> (a subset has a 6-letter prefix).</param>
/// <param name="Type">Font type, e.g. <c>TrueType</c>, <c>CID TrueType</c>, <c>Type 1</c>.</param>
/// <param name="Encoding">Encoding, e.g. <c>WinAnsi</c>, <c>Identity-H</c>.</param>
/// <param name="Embedded">The font program is embedded in the PDF.</param>
/// <param name="Subset">The embedded font is a subset.</param>
/// <param name="Unicode">The font has a ToUnicode map (text can be extracted).</param>
/// <param name="Line">The raw line.</param>
public sealed record PdfFont(string Name, string Type, string Encoding, bool Embedded, bool Subset, bool Unicode, string Line);

/// <summary>
/// Reads a PDF with poppler-utils (Debian package <c>poppler-utils</c>, installed by <c>./build.sh test</c>):
/// text with <c>pdftotext -layout</c>, fonts with <c>pdffonts</c>.
/// </summary>
public static class PdfText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The text of <paramref name="pdfPath"/>, laid out as on the page (<c>pdftotext -layout</c>), UTF-8.</summary>
    /// <exception cref="InvalidOperationException">pdftotext is missing or fails.</exception>
    public static async Task<string> ExtractTextAsync(string pdfPath, CancellationToken cancellationToken = default)
    {
        RequireFile(pdfPath);
        return await RunAsync("pdftotext", ["-layout", "-enc", "UTF-8", pdfPath, "-"], cancellationToken);
    }

    /// <summary>The text of a PDF held in memory.</summary>
    public static Task<string> ExtractTextAsync(byte[] pdf, CancellationToken cancellationToken = default) =>
        WithTempFileAsync(pdf, path => ExtractTextAsync(path, cancellationToken), cancellationToken);

    /// <summary>
    /// The text of a PDF in content-stream order (<c>pdftotext -raw</c>): text drawn in one go, such as a
    /// rotated watermark, stays together (one character per line for rotated text) where <c>-layout</c> scatters it.
    /// </summary>
    public static Task<string> ExtractRawTextAsync(byte[] pdf, CancellationToken cancellationToken = default) =>
        WithTempFileAsync(pdf, path => RunAsync("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"], cancellationToken), cancellationToken);

    /// <summary>The XMP metadata of the newest revision of a PDF (<c>pdfinfo -meta</c>).</summary>
    public static Task<string> MetadataAsync(byte[] pdf, CancellationToken cancellationToken = default) =>
        WithTempFileAsync(pdf, path => RunAsync("pdfinfo", ["-meta", path], cancellationToken), cancellationToken);

    /// <summary>The font lines of <c>pdffonts</c> (header and dashes removed), one per font use.</summary>
    /// <exception cref="InvalidOperationException">pdffonts is missing or fails.</exception>
    public static async Task<IReadOnlyList<string>> FontLinesAsync(string pdfPath, CancellationToken cancellationToken = default)
    {
        RequireFile(pdfPath);
        var output = await RunAsync("pdffonts", [pdfPath], cancellationToken);
        return FontTable(output);
    }

    /// <summary>The font lines of a PDF held in memory.</summary>
    public static Task<IReadOnlyList<string>> FontLinesAsync(byte[] pdf, CancellationToken cancellationToken = default) =>
        WithTempFileAsync(pdf, path => FontLinesAsync(path, cancellationToken), cancellationToken);

    /// <summary>The fonts of <paramref name="pdfPath"/>, parsed from <c>pdffonts</c>.</summary>
    public static async Task<IReadOnlyList<PdfFont>> FontsAsync(string pdfPath, CancellationToken cancellationToken = default)
    {
        RequireFile(pdfPath);
        var output = await RunAsync("pdffonts", [pdfPath], cancellationToken);
        return ParseFonts(output);
    }

    /// <summary>The fonts of a PDF held in memory.</summary>
    public static Task<IReadOnlyList<PdfFont>> FontsAsync(byte[] pdf, CancellationToken cancellationToken = default) =>
        WithTempFileAsync(pdf, path => FontsAsync(path, cancellationToken), cancellationToken);

    /// <summary>
    /// Parses the output of <c>pdffonts</c>. A line reads <c>name type encoding emb sub uni object-number generation</c>;
    /// only the type may contain spaces (<c>CID TrueType</c>), and a long name pushes the columns right, so each
    /// line is read by tokens from both ends rather than by column positions.
    /// </summary>
    public static IReadOnlyList<PdfFont> ParseFonts(string pdffontsOutput)
    {
        var fonts = new List<PdfFont>();
        foreach (var line in FontTable(pdffontsOutput))
        {
            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length < 8)
            {
                continue;
            }

            var n = tokens.Length;
            fonts.Add(new PdfFont(
                Name: tokens[0],
                Type: string.Join(' ', tokens[1..(n - 6)]),
                Encoding: tokens[n - 6],
                Embedded: tokens[n - 5] == "yes",
                Subset: tokens[n - 4] == "yes",
                Unicode: tokens[n - 3] == "yes",
                Line: line));
        }

        return fonts;
    }

    private static List<string> FontTable(string output)
    {
        var all = output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var dashes = Array.FindIndex(all, l => l.StartsWith("---", StringComparison.Ordinal));
        return dashes < 0 ? [] : [.. all.Skip(dashes + 1).Where(l => !string.IsNullOrWhiteSpace(l))];
    }

    private static void RequireFile(string pdfPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pdfPath);
        if (!File.Exists(pdfPath))
        {
            throw new FileNotFoundException($"PDF not found: {pdfPath}", pdfPath);
        }
    }

    internal static async Task<T> WithTempFileAsync<T>(byte[] pdf, Func<string, Task<T>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var path = Path.Combine(Path.GetTempPath(), $"facturation-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf, cancellationToken);
        try
        {
            return await action(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static async Task<string> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken, string package = "poppler-utils")
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"{tool} is not installed (Debian package {package}): run ./build.sh test, or apt-get install {package}.", ex);
        }

        using (process)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s.");
            }

            var output = await stdout;
            var errors = await stderr;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {errors.Trim()}");
            }

            return output;
        }
    }
}
