using System.Diagnostics;
using System.Globalization;
using Facturation.Documents;
using PdfSharp.Pdf.IO;

namespace Facturation.Bench;

/// <summary>PDF renders per second of a one-page and a ten-page invoice, on 1 thread and on all cores.</summary>
internal static class PdfRenderRun
{
    public static int Execute(string[] args)
    {
        var seconds = 5;
        string? sample = null;
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
                default:
                    Console.Error.WriteLine($"Unknown argument {args[i]}. Usage: pdf [--seconds N] [--sample FILE.pdf]");
                    return 2;
            }
        }

        var renderer = new InvoicePdfRenderer();
        if (sample is not null)
        {
            File.WriteAllBytes(sample, renderer.Render(SampleInvoice.Create(6)));
            Console.WriteLine($"Sample written to {sample}");
            return 0;
        }

        var onePage = SampleInvoice.Create(6);
        var tenPages = SampleInvoice.Create(ItemsFor(renderer, pages: 10));
        foreach (var snapshot in new[] { onePage, tenPages })
        {
            for (var i = 0; i < 10; i++)
            {
                renderer.Render(snapshot);
            }
        }

        Console.WriteLine($"| {"Document",-22} | {"Threads",7} | {"Renders",7} | {"Seconds",7} | {"Renders/s",9} | {"Pages/s",8} | {"KB",5} |");
        Console.WriteLine($"|{new string('-', 24)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 7)}|");
        foreach (var (label, snapshot) in new[] { ($"1 page ({onePage.Lines.Count} lines)", onePage), ($"10 pages ({tenPages.Lines.Count} lines)", tenPages) })
        {
            var pdf = renderer.Render(snapshot);
            var pages = PageCount(pdf);
            foreach (var threads in new[] { 1, Environment.ProcessorCount })
            {
                var (count, elapsed) = Measure(renderer, snapshot, threads, TimeSpan.FromSeconds(seconds));
                var perSecond = count / elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label,-22} | {threads,7} | {count,7} | {elapsed.TotalSeconds,7:0.00} | {perSecond,9:0.0} | {perSecond * pages,8:0.0} | {pdf.Length / 1024,5} |"));
            }
        }

        return 0;
    }

    private static (int Count, TimeSpan Elapsed) Measure(InvoicePdfRenderer renderer, InvoiceDocumentSnapshot snapshot, int threads, TimeSpan duration)
    {
        var count = 0;
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            while (stopwatch.Elapsed < duration)
            {
                renderer.Render(snapshot);
                Interlocked.Increment(ref count);
            }
        });
        return (count, stopwatch.Elapsed);
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
