using System.Diagnostics;
using System.Diagnostics.Metrics;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Telemetry;

/// <summary>
/// The application's own instruments, in the <see cref="MeterName"/> meter (exported by OpenTelemetry: Prometheus
/// and OTLP, ADR-026). Callers record at two or three points; the outbox gauges read the last
/// <see cref="OutboxBacklog"/> sample, never the database, so a scrape costs nothing.
/// </summary>
public sealed class FacturationMetrics
{
    public const string MeterName = "Facturation";

    /// <summary>Seconds; the boundaries of ASP.NET Core's request duration, which suit a finalization or a render.</summary>
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private readonly Counter<long> _finalizations;
    private readonly Histogram<double> _finalizationDuration;
    private readonly Histogram<double> _pdfRenderDuration;
    private readonly TimeProvider _clock;
    private volatile OutboxBacklog? _outbox;

    public FacturationMetrics(IMeterFactory meters, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _clock = clock;
        var meter = meters.Create(MeterName);
        var seconds = new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets };
        _finalizations = meter.CreateCounter<long>("facturation.finalizations", "{document}", "Documents issued (a legal number taken and the document frozen).");
        _finalizationDuration = meter.CreateHistogram("facturation.finalization.duration", "s", "Time to finalize one document, number, archive and commit included.", advice: seconds);
        _pdfRenderDuration = meter.CreateHistogram("facturation.pdf.render.duration", "s", "Time to render one PDF (archive or preview).", advice: seconds);
        meter.CreateObservableGauge("facturation.outbox.pending", () => PendingMeasurements(), "{message}", "E-mails waiting in the outbox (last sample).");
        meter.CreateObservableGauge("facturation.outbox.oldest_pending_age", () => OldestAgeMeasurements(), "s", "Age of the oldest e-mail waiting in the outbox (last sample).");
    }

    /// <summary>Call after the commit that issued <paramref name="kind"/>, with the timestamp taken when the use case started.</summary>
    public void DocumentFinalized(InvoiceKind kind, long startedTimestamp)
    {
        var tag = new KeyValuePair<string, object?>("document.kind", kind == InvoiceKind.CreditNote ? "credit_note" : "invoice");
        _finalizations.Add(1, tag);
        _finalizationDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, tag);
    }

    /// <summary>Times one PDF rendering; <paramref name="archive"/> tells a PDF/A-3 archive from a preview.</summary>
    public T MeasurePdfRender<T>(bool archive, Func<T> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var started = Stopwatch.GetTimestamp();
        var result = render();
        _pdfRenderDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("pdf.kind", archive ? "archive" : "preview"));
        return result;
    }

    /// <summary>The latest outbox sample (<c>OutboxBacklogSampler</c>); the gauges report nothing before the first.</summary>
    public void OutboxSampled(OutboxBacklog backlog) => _outbox = backlog;

    private IEnumerable<Measurement<long>> PendingMeasurements() =>
        _outbox is { } sample ? [new Measurement<long>(sample.Pending)] : [];

    /// <summary>Computed at read time from the oldest creation date, so the age keeps growing between samples.</summary>
    private IEnumerable<Measurement<double>> OldestAgeMeasurements() =>
        _outbox is { } sample ? [new Measurement<double>(sample.OldestAge(_clock.GetUtcNow().UtcDateTime).TotalSeconds)] : [];
}
