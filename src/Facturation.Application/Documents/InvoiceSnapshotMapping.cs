using System.Globalization;
using Facturation.Documents;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Documents;

/// <summary>
/// What an invoice or credit note prints, taken from the aggregate, the company and the customer as they are
/// now. Pure: the caller loads everything (<see cref="InvoiceSnapshotBuilder"/>).
/// </summary>
public static class InvoiceSnapshotMapping
{
    public const string ProformaWatermark = "PROFORMA";
    public const string DraftWatermark = "BROUILLON";

    public static InvoiceDocumentSnapshot ToSnapshot(Invoice invoice, Company company, Customer customer, string? correctedInvoiceNumber, decimal? amountPaid = null, IReadOnlyList<BillingRecapRow>? recap = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(customer);
        var totals = invoice.Totals;
        var symbol = invoice.Currency == Currency.CAD ? "$" : "€";
        return new InvoiceDocumentSnapshot
        {
            Title = TitleOf(invoice.Kind, invoice.Type),
            Number = invoice.DisplayNumber,
            IsProforma = invoice.IsDraft,
            Issuer = invoice.Kind == InvoiceKind.CreditNote ? Issuer(company) with { Iban = null, Bic = null } : Issuer(company),
            Customer = CustomerBlock(invoice, customer),
            IssueDate = invoice.IssueDate,
            DueDate = invoice.Kind == InvoiceKind.CreditNote ? null : invoice.DueDate,
            DeliveryDate = invoice.DeliveryDate,
            DeliveryPeriodEnd = invoice.DeliveryPeriodEnd,
            CustomerReference = invoice.CustomerReference,
            CorrectedInvoiceNumber = invoice.Kind == InvoiceKind.CreditNote ? correctedInvoiceNumber : null,
            Lines = [.. invoice.Lines.OrderBy(l => l.Position).Select(Line)],
            TaxBreakdown = [.. totals.Breakdown.Select(r => new DocumentTaxRow(r.TaxCode, r.Component, r.Rate, r.Base, r.Amount, r.Rate == 0 ? r.ExemptionMention : null))],
            Totals = amountPaid is { } paid and > 0
                ? new DocumentTotals(totals.Net, totals.Tax, totals.Gross, paid, totals.Gross - paid)
                : new DocumentTotals(totals.Net, totals.Tax, totals.Gross),
            CurrencySymbol = symbol,
            PaymentTerms = invoice.Kind == InvoiceKind.Invoice ? PaymentTerms(invoice) : null,
            Mentions = invoice.Kind == InvoiceKind.Invoice ? InvoiceMentions(invoice, company, customer) : [],
            PublicNote = invoice.PublicNote,
            FooterMessage = company.FooterMessage,
            Author = invoice.History.LastOrDefault(h => h.Action == "finalized")?.UserName,
            BillingRecap = [.. (recap ?? []).Select(r => new RecapRow(r.Label, r.Net, r.Kind is BillingRecapRowKind.ThisDocument or BillingRecapRowKind.LeftToBill))],
            Watermark = invoice.IsDraft ? (invoice.Kind == InvoiceKind.Invoice ? ProformaWatermark : DraftWatermark) : null,
        };
    }

    public static DocumentTitle TitleOf(InvoiceKind kind, InvoiceType type) => kind switch
    {
        InvoiceKind.CreditNote => DocumentTitle.CreditNote,
        InvoiceKind.Invoice => type switch
        {
            InvoiceType.Deposit => DocumentTitle.DepositInvoice,
            InvoiceType.Situation => DocumentTitle.SituationInvoice,
            InvoiceType.FinalBalance => DocumentTitle.FinalBalanceInvoice,
            InvoiceType.Penalty => DocumentTitle.PenaltyInvoice,
            InvoiceType.Replacement => DocumentTitle.ReplacementInvoice,
            InvoiceType.Cancellation => DocumentTitle.CancellationInvoice,
            _ => DocumentTitle.Invoice,
        },
        _ => DocumentTitle.Invoice,
    };

    /// <summary>The company's letterhead, as every printed document shows it (statements too).</summary>
    internal static DocumentIssuer Issuer(Company company) => new()
    {
        LegalName = company.LegalName,
        AddressLines = AddressLines(company.Address),
        Email = company.Email,
        Phone = company.Phone,
        VatNumber = company.VatNumber,
        Logo = company.Logo ?? ReadOnlyMemory<byte>.Empty,
        Iban = company.Iban,
        Bic = company.Bic,
        LegalMentions = LegalMentions(company),
    };

    /// <summary>The customer block of a document that is not an invoice (statements): name, code, billing address.</summary>
    internal static DocumentCustomer CustomerBlock(Customer customer) => new()
    {
        Name = customer.Name,
        Code = customer.Code,
        BillingAddressLines = AddressLines(customer.BillingAddress),
    };

    private static DocumentCustomer CustomerBlock(Invoice invoice, Customer customer) => new()
    {
        Name = customer.Name,
        Code = customer.Code,
        ContactName = customer.Contacts.FirstOrDefault(c => c.Id == invoice.BillingContactId)?.Name,
        BillingAddressLines = AddressLines(customer.BillingAddress),
        DeliveryAddressLines = DeliveryAddressOf(invoice, customer) is { } delivery ? AddressLines(delivery) : [],
        Siren = customer.Siren,
        VatNumber = customer.VatNumber,
        QuebecTaxRegistration = invoice.QuebecTaxRegistration ?? customer.QuebecTaxRegistration,
    };

    /// <summary>The document's own delivery address, else the customer's default one; null: delivered where billed.</summary>
    public static PostalAddress? DeliveryAddressOf(Invoice invoice, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(customer);
        return invoice.DeliveryAddress ?? customer.DeliveryAddress;
    }

    private static DocumentLine Line(InvoiceLine line) => line.Kind switch
    {
        LineKind.Section => DocumentLine.Section(line.Description),
        LineKind.Comment => DocumentLine.Comment(line.Description),
        _ => new DocumentLine
        {
            Description = line.Description,
            Quantity = line.Quantity,
            Unit = line.Unit,
            UnitPrice = line.UnitPrice,
            DiscountPercent = line.DiscountPercent,
            TaxCode = line.Tax?.Code,
            Net = line.Net,
            IsOffered = line.IsOffered,
            IsOption = line.IsOption,
            Progress = line.CumulativePercent is { } cumulative ? new LineProgress(line.PreviousPercent ?? 0m, cumulative - (line.PreviousPercent ?? 0m), cumulative) : null,
        },
    };

    private static string[] AddressLines(PostalAddress address) =>
        address.IsEmpty
            ? []
            : [.. new[] { address.Line1, address.Line2, $"{address.PostalCode} {address.City}".Trim(), CountryName(address.Country) }
                .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!)];

    private static string? CountryName(string code) => code.ToUpperInvariant() switch
    {
        "FR" or "" => null,
        "CA" => "Canada",
        "BE" => "Belgique",
        "CH" => "Suisse",
        "LU" => "Luxembourg",
        "DE" => "Allemagne",
        "ES" => "Espagne",
        "IT" => "Italie",
        _ => code,
    };

    /// <summary>The French mandatory identity mentions (Code de commerce R123-237), plus the Québec registrations.</summary>
    private static string[] LegalMentions(Company company)
    {
        var parts = new List<string>();
        var form = company.LegalForm is { } legalForm ? $"{company.LegalName}, {legalForm}" : company.LegalName;
        parts.Add(company.ShareCapital is { } capital ? $"{form} au capital de {capital.ToString("#,##0.##", Grouping)} €" : form);
        parts.AddRange(Present(("SIREN", company.Siren), ("SIRET", company.Siret)));
        if (company.RcsCity is { } city)
        {
            parts.Add(company.Siren is { } siren ? $"RCS {city} {siren}" : $"RCS {city}");
        }

        parts.AddRange(Present(("N° TVA", company.VatNumber), ("NEQ", company.QuebecNeq), ("TPS", company.QuebecGstNumber), ("TVQ", company.QuebecQstNumber)));
        return [string.Join(" · ", parts)];
    }

    private static IEnumerable<string> Present(params (string Label, string? Value)[] fields) =>
        fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => $"{f.Label} {f.Value}");

    private static string PaymentTerms(Invoice invoice)
    {
        var terms = invoice.PaymentTermsDays switch
        {
            0 => "à réception",
            { } days => $"{days} jours",
            null when invoice.IssueDate is { } issue && invoice.DueDate is { } due => $"{due.DayNumber - issue.DayNumber} jours",
            _ => null,
        };
        var dueOn = invoice.DueDate is { } date ? $"échéance le {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" : null;
        return string.Join(", ", new[] { terms, dueOn }.OfType<string>());
    }

    /// <summary>
    /// French invoices: penalties (L441-10), no discount, the 40 € indemnity for French business customers only
    /// (D441-5), and the 2026 reform mentions. Québec documents get none of these French mentions.
    /// </summary>
    private static string[] InvoiceMentions(Invoice invoice, Company company, Customer customer)
    {
        if (EInvoiceScope.RefusalFor(invoice) is not null)
        {
            return [];
        }

        var rate = company.LatePaymentPenaltyRate.ToString("0.##", Grouping);
        var mentions = new List<string>
        {
            $"Pénalités de retard : {rate} % par an, exigibles dès le lendemain de la date d'échéance.",
            EInvoiceMapping.NoDiscountNote,
        };
        if (company.RecoveryIndemnityMention is { } indemnity && EInvoiceMapping.ProcessingOf(customer) == "B2B")
        {
            mentions.Add(indemnity);
        }

        mentions.Add($"Nature des opérations : {NatureLabel(invoice.EffectiveOperationNature)}.");
        if (company.VatOnDebits)
        {
            mentions.Add("Option pour le paiement de la taxe d'après les débits.");
        }

        return [.. mentions];
    }

    private static string NatureLabel(OperationNature nature) => nature switch
    {
        OperationNature.Goods => "livraisons de biens",
        OperationNature.Both => "livraisons de biens et prestations de services",
        _ => "prestations de services",
    };

    private static readonly NumberFormatInfo Grouping = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = "," };
}
