using System.Globalization;
using Facturation.Documents.EInvoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Taxes;

namespace Facturation.Application.Documents;

/// <summary>
/// An issued document in EN 16931 terms, from the aggregate and the parties as they are at finalization (ADR-016).
/// Pure: the caller loads the company, the customer and the documents referenced (BG-3).
/// </summary>
public static class EInvoiceMapping
{
    public const string NoDiscountNote = "Pas d'escompte pour paiement anticipé.";
    public const string CreditNoteTerms = "Avoir : montant à imputer sur les prochaines factures ou à rembourser.";
    public const string IndividualRecoveryNote = "Indemnité forfaitaire pour frais de recouvrement : non applicable (client non professionnel).";

    /// <summary>The EN 16931 model, or null for a draft or a document outside the French scope (<see cref="EInvoiceScope"/>).</summary>
    public static EInvoice? ToEInvoice(Invoice invoice, Company company, Customer customer, IReadOnlyDictionary<int, EInvoiceReference> references)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(references);
        if (invoice.IsDraft || invoice.IssueDate is not { } issueDate || EInvoiceScope.RefusalFor(invoice) is not null)
        {
            return null;
        }

        var lines = Lines(invoice);
        var breakdown = Breakdown(invoice);
        var lineTotal = lines.Sum(l => l.NetAmount);
        var tax = breakdown.Sum(b => b.TaxAmount);
        var typeCode = TypeCodeOf(invoice);
        var isCreditNote = invoice.Kind == InvoiceKind.CreditNote;
        var intraCommunity = breakdown.Any(b => b.Category == nameof(VatCategory.K));
        return new EInvoice
        {
            Number = invoice.Number!,
            IssueDate = issueDate,
            TypeCode = typeCode,
            Currency = invoice.Currency.ToString(),
            BusinessProcess = BusinessProcessOf(invoice, typeCode),
            VatOnDebits = company.VatOnDebits,
            DueDate = isCreditNote ? null : invoice.DueDate,
            PurchaseOrderReference = invoice.CustomerReference,
            Notes = Notes(invoice, company, customer),
            Seller = Seller(company),
            Buyer = Buyer(customer),
            Delivery = Delivery(invoice, customer, intraCommunity, issueDate),
            InvoicingPeriod = invoice is { DeliveryDate: { } start, DeliveryPeriodEnd: { } end } ? new EInvoicePeriod(start, end) : null,
            PaymentInstructions = !isCreditNote && company.Iban is { } iban ? new EInvoicePaymentInstructions("30", iban, company.Bic) : null,
            PaymentTerms = isCreditNote ? CreditNoteTerms : PaymentTermsOf(invoice),
            PrecedingInvoices = PrecedingIds(invoice, typeCode).Select(id => references.TryGetValue(id, out var r) ? r : null).OfType<EInvoiceReference>().ToList(),
            VatBreakdown = breakdown,
            Totals = new EInvoiceTotals(lineTotal, lineTotal, tax, lineTotal + tax, 0m, lineTotal + tax),
            Lines = lines,
        };
    }

    /// <summary>BT-3 from the French list (BR-FR-04): situations and balances are 380, deposits 386, replacements 384.</summary>
    public static string TypeCodeOf(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.Kind == InvoiceKind.CreditNote
            ? "381"
            : invoice.Type switch
            {
                InvoiceType.Deposit => "386",
                InvoiceType.Replacement => "384",
                _ => "380",
            };
    }

    /// <summary>The documents BG-3 names: the corrected invoice, and the deposits and invoices a balance deducts.</summary>
    public static IReadOnlyList<int> PrecedingIds(Invoice invoice, string typeCode)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var corrected = invoice.OriginInvoiceId is { } origin
            && (invoice.Kind == InvoiceKind.CreditNote || invoice.Type is InvoiceType.Replacement or InvoiceType.Cancellation or InvoiceType.Penalty)
                ? new[] { origin }
                : [];

        // A corrected invoice (384) names exactly one invoice (BR-FR-CO-04).
        return typeCode == "384"
            ? corrected
            : [.. corrected.Concat(invoice.Lines.Select(l => l.DeductedInvoiceId).OfType<int>()).Distinct().Order()];
    }

    /// <summary>
    /// BT-23: B goods, S services, M both; 4 for a final invoice after deposits (it deducts earlier documents),
    /// 1 otherwise (XP Z12-012).
    /// </summary>
    public static string BusinessProcessOf(Invoice invoice, string typeCode)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var letter = invoice.EffectiveOperationNature switch
        {
            OperationNature.Goods => "B",
            OperationNature.Both => "M",
            _ => "S",
        };
        var afterDeposits = typeCode == "380" && invoice.Lines.Any(l => l.DeductedInvoiceId is not null);
        return letter + (afterDeposits ? "4" : "1");
    }

    private static List<EInvoiceNote> Notes(Invoice invoice, Company company, Customer customer)
    {
        var notes = new List<EInvoiceNote>();
        if (invoice.PublicNote is { } note)
        {
            notes.Add(new EInvoiceNote(null, note));
        }

        // Comments and unbilled options are text for the reader, not invoice lines (EN 16931 has no zero line kind).
        foreach (var line in invoice.Lines.OrderBy(l => l.Position))
        {
            if (line.Kind == LineKind.Comment)
            {
                notes.Add(new EInvoiceNote(null, line.Description));
            }
            else if (line.IsOption)
            {
                notes.Add(new EInvoiceNote(null, $"Option non facturée : {line.Description} ({line.UnitPrice.ToString("0.00##", CultureInfo.InvariantCulture)} {invoice.Currency} HT l'unité)"));
            }
        }

        var rate = company.LatePaymentPenaltyRate.ToString("0.##", CultureInfo.InvariantCulture);
        notes.Add(new EInvoiceNote("PMD", $"Pénalités de retard : {rate} % par an, exigibles dès le lendemain de la date d'échéance."));
        notes.Add(new EInvoiceNote("PMT", IsFrenchBusiness(customer) ? company.RecoveryIndemnityMention ?? Company.DefaultRecoveryIndemnityMention : IndividualRecoveryNote));
        notes.Add(new EInvoiceNote("AAB", NoDiscountNote));
        notes.Add(new EInvoiceNote("BAR", ProcessingOf(customer)));
        return notes;
    }

    /// <summary>The French processing type (note BAR, BR-FR-20): B2B, B2BINT or B2C.</summary>
    public static string ProcessingOf(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return customer.Kind switch
        {
            CustomerKind.Individual => "B2C",
            _ when IsFrenchBusiness(customer) => "B2B",
            _ => "B2BINT",
        };
    }

    private static bool IsFrenchBusiness(Customer customer) =>
        customer.Kind is CustomerKind.Company or CustomerKind.PublicBody && CountryOf(customer.BillingAddress) == "FR";

    private static EInvoiceParty Seller(Company company) => new()
    {
        Name = company.LegalName,
        Siret = company.Siret,
        Siren = company.Siren,
        VatId = company.VatNumber,
        ElectronicAddress = company.ElectronicAddress ?? company.Siren,
        Address = Address(company.Address),
    };

    private static EInvoiceParty Buyer(Customer customer)
    {
        var siren = IsFrenchBusiness(customer) ? customer.Siren : null;

        // BT-49 is mandatory (BR-FR-12): a buyer outside the PPF directory (individual, foreign) is reached by e-mail.
        var directory = customer.ElectronicAddress ?? siren;
        return new EInvoiceParty
        {
            Name = customer.Name,
            Siren = siren,
            VatId = customer.VatNumber,
            ElectronicAddress = directory ?? customer.Email ?? customer.BillingContact?.Email,
            ElectronicAddressScheme = directory is null && (customer.Email ?? customer.BillingContact?.Email) is not null ? "EM" : "0225",
            Address = Address(customer.BillingAddress),
        };
    }

    private static EInvoiceAddress Address(PostalAddress address) =>
        new(Blank(address.Line1), Blank(address.Line2), Blank(address.PostalCode), Blank(address.City), CountryOf(address));

    private static string CountryOf(PostalAddress address) => string.IsNullOrWhiteSpace(address.Country) ? "FR" : address.Country.Trim().ToUpperInvariant();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>BG-13: the document's delivery address, else the customer's default one; an intra-EU supply always states where and when (BR-IC-11/12).</summary>
    private static EInvoiceDelivery? Delivery(Invoice invoice, Customer customer, bool intraCommunity, DateOnly issueDate)
    {
        var address = InvoiceSnapshotMapping.DeliveryAddressOf(invoice, customer) ?? (intraCommunity ? customer.BillingAddress : null);
        var date = invoice.DeliveryPeriodEnd is null ? invoice.DeliveryDate : null;
        if (intraCommunity && date is null && invoice.DeliveryPeriodEnd is null)
        {
            date = issueDate;
        }

        return address is null && date is null ? null : new EInvoiceDelivery(address is null ? null : customer.Name, date, address is null ? null : Address(address));
    }

    private static string? PaymentTermsOf(Invoice invoice) => invoice.PaymentTermsDays switch
    {
        0 => "Paiement à réception.",
        { } days => $"Paiement à {days} jours.",
        _ => null,
    };

    /// <summary>
    /// BG-25. Every item line with a quantity is a line; a line discount is a line allowance (an "Offert" line is
    /// a 100 % allowance); a progress or deduction line states its billed amount as quantity ±1 at that price,
    /// since its amount is a difference of rounded amounts. Section titles become the note of the lines below.
    /// </summary>
    private static List<EInvoiceLine> Lines(Invoice invoice)
    {
        var result = new List<EInvoiceLine>();
        string? section = null;
        foreach (var line in invoice.Lines.OrderBy(l => l.Position))
        {
            if (line.Kind == LineKind.Section)
            {
                section = line.Description;
                continue;
            }

            if (line.Kind != LineKind.Item || line.IsOption || line.Tax is not { } tax)
            {
                continue;
            }

            var id = (result.Count + 1).ToString(CultureInfo.InvariantCulture);
            var (name, category, rate) = (line.Description, tax.EffectiveCategory.ToString(), RateOf(tax));
            var unit = UnitCodes.Of(line.Unit);
            var net = line.Net;
            var plain = new EInvoiceLine { Id = id, Note = section, Name = name, Quantity = line.Quantity, UnitCode = unit, NetPrice = line.UnitPrice, NetAmount = net, VatCategory = category, VatRate = rate };
            if (line.CumulativePercent is not null || line.UnitPrice < 0)
            {
                result.Add(plain with { Quantity = net < 0 ? -1m : 1m, UnitCode = UnitCodes.Unit, NetPrice = Math.Abs(net), Note = ProgressNote(line) ?? section });
            }
            else if (line.DiscountPercent > 0)
            {
                var gross = Money.Round(line.Quantity * line.UnitPrice);
                result.Add(plain with { Allowance = new EInvoiceLineAllowance(gross - net, gross, line.DiscountPercent, line.IsOffered ? "Offert" : "Remise") });
            }
            else
            {
                result.Add(plain);
            }
        }

        return result;
    }

    private static string? ProgressNote(InvoiceLine line) =>
        line.CumulativePercent is { } cumulative
            ? string.Create(CultureInfo.InvariantCulture, $"Avancement {line.PreviousPercent ?? 0m:0.##} % -> {cumulative:0.##} % de {line.Quantity:0.####} x {line.UnitPrice:0.00##}")
            : null;

    private static decimal RateOf(LineTax tax) => tax.Components.Sum(c => c.Rate);

    /// <summary>BG-23: one row per category and rate, the tax computed once on the sum of the line nets (BR-CO-17).</summary>
    private static List<EInvoiceVatBreakdown> Breakdown(Invoice invoice) =>
        [.. invoice.Lines
            .Where(l => l is { Kind: LineKind.Item, IsOption: false, Tax: not null })
            .GroupBy(l => (Category: l.Tax!.EffectiveCategory, Rate: RateOf(l.Tax!)))
            .OrderBy(g => g.Key.Category).ThenByDescending(g => g.Key.Rate)
            .Select(g =>
            {
                var taxBase = g.Sum(l => l.Net);
                var first = g.OrderBy(l => l.Position).First().Tax!;
                var exempt = g.Key.Category is not (VatCategory.S or VatCategory.Z);
                return new EInvoiceVatBreakdown(
                    g.Key.Category.ToString(),
                    g.Key.Rate,
                    taxBase,
                    Money.Round(taxBase * g.Key.Rate / 100m),
                    exempt ? first.ExemptionMention ?? DefaultExemption(g.Key.Category) : null,
                    exempt ? first.ExemptionReasonCode ?? DefaultExemptionCode(g.Key.Category) : null);
            })];

    private static string DefaultExemption(VatCategory category) => category switch
    {
        VatCategory.AE => "Autoliquidation",
        VatCategory.K => "Exonération de TVA, livraison intracommunautaire (art. 262 ter I du CGI)",
        VatCategory.G => "Exonération de TVA, exportation (art. 262 I du CGI)",
        VatCategory.O => "Opération hors du champ d'application de la TVA",
        _ => "Exonération de TVA",
    };

    private static string? DefaultExemptionCode(VatCategory category) => category switch
    {
        VatCategory.AE => "VATEX-EU-AE",
        VatCategory.K => "VATEX-EU-IC",
        VatCategory.G => "VATEX-EU-G",
        VatCategory.O => "VATEX-EU-O",
        _ => null,
    };
}
