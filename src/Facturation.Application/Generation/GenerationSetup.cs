using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;

namespace Facturation.Application.Generation;

/// <summary>What the generated history needs from the database, read once before writing.</summary>
public sealed record GenerationSetup(
    Actor Actor,
    DateOnly Today,
    DateTime NowUtc,
    NumberingSeries InvoiceSeries,
    NumberingSeries CreditNoteSeries,
    NumberingSeries ProformaSeries,
    IReadOnlyDictionary<(int SeriesId, string Period), long> Counters,
    int FirstInvoiceId,
    int DefaultPaymentTermsDays,
    GeneratedCatalog Catalog,
    Action<Invoice, int> SetInvoiceId)
{
    /// <summary>Printed on every generated document (and so on its PDF, rendered at first download): these are not real sales.</summary>
    public const string PublicNote = "Données générées (demo generate) : document fictif.";
}
