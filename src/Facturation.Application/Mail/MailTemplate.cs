using System.Globalization;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Mail;

/// <summary>
/// Fills the subject and body templates: {document} (Facture, Avoir, Proforma), {numero}, {montant} (TTC),
/// {echeance}, {societe} (our company), {client}.
/// </summary>
public static class MailTemplate
{
    public static readonly IReadOnlyList<string> Placeholders = ["{document}", "{numero}", "{montant}", "{echeance}", "{societe}", "{client}"];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Render(string template, Invoice invoice, string companyName, string customerName)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(invoice);
        var document = invoice.IsDraft ? "Proforma" : invoice.Kind == InvoiceKind.CreditNote ? "Avoir" : "Facture";
        var symbol = invoice.Currency == Currency.CAD ? "$" : "€";
        var dueDate = invoice.DueDate ?? (invoice.PaymentTermsDays is { } days ? (invoice.IssueDate ?? DateOnly.FromDateTime(DateTime.Today)).AddDays(days) : null);
        return template
            .Replace("{document}", document, StringComparison.Ordinal)
            .Replace("{numero}", invoice.DisplayNumber, StringComparison.Ordinal)
            .Replace("{montant}", $"{invoice.TotalGross.ToString("N2", French)} {symbol}", StringComparison.Ordinal)
            .Replace("{echeance}", dueDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—", StringComparison.Ordinal)
            .Replace("{societe}", companyName, StringComparison.Ordinal)
            .Replace("{client}", customerName, StringComparison.Ordinal);
    }
}
