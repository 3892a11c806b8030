using System.Diagnostics;
using System.Globalization;
using Facturation.Documents;
using PdfSharp.Pdf.IO;

namespace Facturation.Bench;

/// <summary>
/// PDF renders per second of a one-page and a ten-page invoice, on 1 thread and on all cores: the plain PDF (drafts,
/// previews) and the Factur-X PDF/A-3b archived at finalization, embedding a real CII (<c>--cii FILE</c>; default the
/// shared validator's French EN 16931 sample).
/// </summary>
internal static class PdfRenderRun
{
    public static int Execute(string[] args)
    {
        var seconds = 5;
        string? sample = null;
        var archiveOnly = false;
        var cii = Path.Combine("..", "shared", "validators", "einvoice", "tests", "samples", "cii-fr-valid_factur-x-en16931.xml");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0:
                    seconds = s;
                    i++;
                    break;
                case "--sample" when i + 1 < args.Length:
                    sample = args[++i];
                    break;
                case "--cii" when i + 1 < args.Length:
                    cii = args[++i];
                    break;
                case "--archive-only":
                    archiveOnly = true;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument {args[i]}. Usage: pdf [--seconds N] [--sample FILE.pdf] [--cii FILE.xml] [--archive-only] (with --sample: the Factur-X)");
                    return 2;
            }
        }

        var renderer = new InvoicePdfRenderer();
        if (sample is not null && !archiveOnly)
        {
            File.WriteAllBytes(sample, renderer.Render(SampleInvoice.Create(6)));
            Console.WriteLine($"Sample written to {sample}");
            return 0;
        }

        if (!File.Exists(cii))
        {
            Console.Error.WriteLine($"CII not found: {cii} (run from the repository root, or pass --cii FILE.xml).");
            return 2;
        }

        var attachment = new EInvoiceAttachment(File.ReadAllBytes(cii));
        if (sample is not null)
        {
            File.WriteAllBytes(sample, renderer.RenderPdfA3(SampleInvoice.Create(6), attachment));
            Console.WriteLine($"Factur-X sample written to {sample}");
            return 0;
        }

        var onePage = SampleInvoice.Create(6);
        (string Label, Func<InvoiceDocumentSnapshot, byte[]> Render) archive = ("Factur-X PDF/A-3b", snapshot => renderer.RenderPdfA3(snapshot, attachment));
        var outputs = archiveOnly ? [archive] : new (string Label, Func<InvoiceDocumentSnapshot, byte[]> Render)[] { ("plain PDF", renderer.Render), archive };
        var documents = archiveOnly
            ? new[] { ($"1 page ({onePage.Lines.Count} lines)", onePage) }
            : [($"1 page ({onePage.Lines.Count} lines)", onePage), TenPages(renderer)];
        foreach (var (_, snapshot) in documents)
        {
            foreach (var output in outputs)
            {
                for (var i = 0; i < 10; i++)
                {
                    output.Render(snapshot);
                }
            }
        }

        Console.WriteLine($"CII embedded in Factur-X: {cii} ({attachment.Xml.Length / 1024} KB)");
        Console.WriteLine($"| {"Document",-22} | {"Output",-17} | {"Threads",7} | {"Renders",7} | {"Seconds",7} | {"Renders/s",9} | {"Pages/s",8} | {"KB",5} | {"CPU ms",6} |");
        Console.WriteLine($"|{new string('-', 24)}|{new string('-', 19)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 7)}|{new string('-', 8)}|");
        foreach (var (label, snapshot) in documents)
        {
            foreach (var output in outputs)
            {
                var pdf = output.Render(snapshot);
                var pages = PageCount(pdf);
                foreach (var threads in new[] { 1, Environment.ProcessorCount })
                {
                    var (count, elapsed, cpu) = Measure(() => output.Render(snapshot), threads, TimeSpan.FromSeconds(seconds));
                    var perSecond = count / elapsed.TotalSeconds;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label,-22} | {output.Label,-17} | {threads,7} | {count,7} | {elapsed.TotalSeconds,7:0.00} | {perSecond,9:0.0} | {perSecond * pages,8:0.0} | {pdf.Length / 1024,5} | {cpu.TotalMilliseconds / count,6:0.00} |"));
                }
            }
        }

        return 0;
    }

    /// <summary>Renders for <paramref name="duration"/>; also returns the process CPU time spent (GC included), which
    /// per render stays comparable on a machine shared with other work, unlike renders per second.</summary>
    private static (int Count, TimeSpan Elapsed, TimeSpan Cpu) Measure(Action render, int threads, TimeSpan duration)
    {
        var count = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            while (stopwatch.Elapsed < duration)
            {
                render();
                Interlocked.Increment(ref count);
            }
        });
        var elapsed = stopwatch.Elapsed;
        process.Refresh();
        return (count, elapsed, process.TotalProcessorTime - cpuBefore);
    }

    private static (string Label, InvoiceDocumentSnapshot Snapshot) TenPages(InvoicePdfRenderer renderer)
    {
        var tenPages = SampleInvoice.Create(ItemsFor(renderer, pages: 10));
        return ($"10 pages ({tenPages.Lines.Count} lines)", tenPages);
    }

    /// <summary>The number of invoice items that makes the document exactly <paramref name="pages"/> pages long.</summary>
    private static int ItemsFor(InvoicePdfRenderer renderer, int pages)
    {
        var items = 10;
        while (PageCount(renderer.Render(SampleInvoice.Create(items))) < pages)
        {
            items += 10;
        }

        while (PageCount(renderer.Render(SampleInvoice.Create(items))) > pages)
        {
            items--;
        }

        return items;
    }

    private static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}
