using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Documents;

/// <summary>Which documents get an EN 16931 e-invoice: French ones. Québec documents (TPS/TVQ, CAD) are outside the reform.</summary>
public static class EInvoiceScope
{
    public const string QuebecReason =
        "Document québécois (TPS/TVQ) : la facture électronique EN 16931 (Factur-X, CII, UBL) ne concerne que les documents soumis à la TVA française ; elle n'est pas produite pour ce document.";

    /// <summary>Why the document gets no e-invoice, or null when it gets one.</summary>
    public static string? RefusalFor(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var quebec = invoice.Currency == Currency.CAD
            || invoice.Lines.Any(l => l.Tax is { } tax && tax.Components.Any(c => !string.Equals(c.Name, "TVA", StringComparison.OrdinalIgnoreCase)));
        return quebec ? QuebecReason : null;
    }
}
