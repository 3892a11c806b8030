using System.Globalization;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Mail;

/// <summary>
/// Fills the subject and body templates: {document} (Facture, Avoir, Proforma), {le_document} (the same with its
/// article, for the middle of a sentence: la facture, l'avoir, la proforma), {numero}, {montant} (TTC),
/// {echeance}, {societe} (our company), {client}.
/// </summary>
public static class MailTemplate
{
    public static readonly IReadOnlyList<string> Placeholders = ["{document}", "{le_document}", "{numero}", "{montant}", "{echeance}", "{societe}", "{client}"];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Render(string template, Invoice invoice, string companyName, string customerName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(invoice);
        var document = invoice.IsDraft ? "Proforma" : invoice.Kind == InvoiceKind.CreditNote ? "Avoir" : "Facture";
        var symbol = invoice.Currency == Currency.CAD ? "$" : "€";
        // A draft may carry any planned date: its expected due date is shown only when it exists in the calendar.
        var start = invoice.IssueDate ?? today;
        var dueDate = invoice.DueDate ?? (invoice.PaymentTermsDays is { } days && start.DayNumber + days <= DateOnly.MaxValue.DayNumber ? start.AddDays(days) : null);
        return template
            .Replace("{le_document}", WithArticle(document), StringComparison.Ordinal)
            .Replace("{document}", document, StringComparison.Ordinal)
            .Replace("{numero}", invoice.DisplayNumber, StringComparison.Ordinal)
            .Replace("{montant}", $"{invoice.TotalGross.ToString("N2", French)} {symbol}", StringComparison.Ordinal)
            .Replace("{echeance}", dueDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—", StringComparison.Ordinal)
            .Replace("{societe}", companyName, StringComparison.Ordinal)
            .Replace("{client}", customerName, StringComparison.Ordinal);
    }

    private static string WithArticle(string document) => document == "Avoir" ? "l'avoir" : "la " + document.ToLowerInvariant();
}
