using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Facturation.Documents.Layout;

/// <summary>
/// PDFsharp's process-wide settings, applied once before the first document: Unicode text and our font
/// resolver (it may not be replaced once fonts are in use), and its object constructors kept reachable.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        GlobalFontSettings.DefaultFontEncoding = PdfFontEncoding.Unicode;
        if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
        {
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        }

        _pinnedConstructors = PdfObjectConstructors();
        return true;
    });

    /// <summary>
    /// PDFsharp creates its dictionaries and arrays (pages, fonts, resources, info…) with <c>GetConstructor</c> and
    /// <c>ConstructorInfo.Invoke</c>. The runtime holds a type's reflection cache only weakly: after a garbage
    /// collection the next call gets a new <see cref="ConstructorInfo"/>, whose second use emits a new invoker method.
    /// Under load a profile of the finalization benchmark showed such invokers emitted and finalized continuously
    /// (ADR-007, session 12). Holding the constructors keeps each type's cache, hence each emitted invoker, alive for
    /// the life of the process.
    /// </summary>
    [SuppressMessage("CodeQuality", "IDE0052:Remove unread private members", Justification = "Held, never read: it keeps the constructors reachable.")]
    private static ConstructorInfo[]? _pinnedConstructors;

    public static void EnsureApplied() => _ = Applied.Value;

    private static ConstructorInfo[] PdfObjectConstructors() =>
        [.. typeof(PdfObject).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(PdfObject).IsAssignableFrom(type))
            .SelectMany(type => type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))];
}
