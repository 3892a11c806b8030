using System.Reflection;
using System.Runtime.CompilerServices;
using Facturation.Documents;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Facturation.Application.Tests.Documents;

/// <summary>
/// PDFsharp builds its page tree, resources and font dictionaries through <c>ConstructorInfo.Invoke</c>; the runtime
/// emits an invoker per <see cref="ConstructorInfo"/> object and keeps a type's reflection cache only weakly. The
/// renderer holds those constructors so that a collection does not make the next document emit them all again.
/// </summary>
public sealed class PdfSharpReflectionCacheTests
{
    private const BindingFlags AnyInstance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    [Fact]
    public void The_constructors_pdfsharp_invokes_survive_a_full_collection_once_a_document_was_rendered()
    {
        _ = new InvoicePdfRenderer().Render(SnapshotBuilder.ReferenceInvoice());

        var constructors = WeakConstructors();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);

        Assert.All(constructors, c => Assert.True(c.Weak.IsAlive, $"{c.Name}: its reflection cache was collected"));
    }

    // Not inlined: no strong reference to a constructor may stay on the test's own stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<(string Name, WeakReference Weak)> WeakConstructors() =>
    [
        .. new[] { typeof(PdfPages), typeof(PdfResources), typeof(PdfDocumentInformation) }.Select(type =>
            (type.Name, new WeakReference(type.GetConstructor(AnyInstance, null, [typeof(PdfDocument)], null)
                ?? throw new InvalidOperationException($"{type.Name} has no (PdfDocument) constructor")))),
    ];
}
