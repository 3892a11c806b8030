namespace Facturation.Documents.EInvoicing;

/// <summary>
/// An issued document in EN 16931 terms (BT/BG numbers in the comments), the one model both XML syntaxes are
/// written from (<see cref="CiiSerializer"/>, <see cref="UblSerializer"/>). Amounts are already rounded as the
/// BR-CO rules say; the serializers only write them.
/// </summary>
public sealed record EInvoice
{
    /// <summary>BT-1.</summary>
    public required string Number { get; init; }

    /// <summary>BT-2.</summary>
    public required DateOnly IssueDate { get; init; }

    /// <summary>BT-3, from the French list (380, 381, 384, 386).</summary>
    public required string TypeCode { get; init; }

    /// <summary>BT-5.</summary>
    public required string Currency { get; init; }

    /// <summary>BT-23, the French billing framework (S1, B1, M1, S4…).</summary>
    public required string BusinessProcess { get; init; }

    /// <summary>BT-8: true when the seller opted for VAT on debits (CII 5, UBL 3).</summary>
    public bool VatOnDebits { get; init; }

    /// <summary>BT-9.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>BT-13, the customer's order reference.</summary>
    public string? PurchaseOrderReference { get; init; }

    /// <summary>BG-1, in order.</summary>
    public IReadOnlyList<EInvoiceNote> Notes { get; init; } = [];

    /// <summary>BG-4.</summary>
    public required EInvoiceParty Seller { get; init; }

    /// <summary>BG-7.</summary>
    public required EInvoiceParty Buyer { get; init; }

    /// <summary>BG-13: delivery place and date, when known.</summary>
    public EInvoiceDelivery? Delivery { get; init; }

    /// <summary>BG-14: BT-73/BT-74.</summary>
    public EInvoicePeriod? InvoicingPeriod { get; init; }

    /// <summary>BG-16; null when the document asks for no payment (credit notes).</summary>
    public EInvoicePaymentInstructions? PaymentInstructions { get; init; }

    /// <summary>BT-20.</summary>
    public string? PaymentTerms { get; init; }

    /// <summary>BG-3: the invoices this document corrects or deducts.</summary>
    public IReadOnlyList<EInvoiceReference> PrecedingInvoices { get; init; } = [];

    /// <summary>BG-23, one row per VAT category and rate.</summary>
    public required IReadOnlyList<EInvoiceVatBreakdown> VatBreakdown { get; init; }

    /// <summary>BG-22.</summary>
    public required EInvoiceTotals Totals { get; init; }

    /// <summary>BG-25.</summary>
    public required IReadOnlyList<EInvoiceLine> Lines { get; init; }

    /// <summary>UBL writes a CreditNote document for these type codes.</summary>
    public bool IsCreditNote => TypeCode is "381" or "261" or "262" or "396" or "502" or "503";
}

/// <summary>BG-1: BT-21 subject code (PMT, PMD, AAB, BAR…; null for a free note) and BT-22 text.</summary>
public sealed record EInvoiceNote(string? SubjectCode, string Content);

/// <summary>BG-5 / BG-8 / BG-15.</summary>
public sealed record EInvoiceAddress(string? Line1, string? Line2, string? PostalCode, string? City, string CountryCode);

/// <summary>BG-4 seller or BG-7 buyer.</summary>
public sealed record EInvoiceParty
{
    /// <summary>BT-27 / BT-44.</summary>
    public required string Name { get; init; }

    /// <summary>BT-29 / BT-46 with scheme 0009: the SIRET.</summary>
    public string? Siret { get; init; }

    /// <summary>BT-30 / BT-47 with scheme 0002: the SIREN.</summary>
    public string? Siren { get; init; }

    /// <summary>BT-31 / BT-48.</summary>
    public string? VatId { get; init; }

    /// <summary>BT-34 / BT-49.</summary>
    public string? ElectronicAddress { get; init; }

    /// <summary>The EAS scheme of the electronic address: 0225 (French PPF directory), or EM (e-mail) for buyers outside it.</summary>
    public string ElectronicAddressScheme { get; init; } = "0225";

    public required EInvoiceAddress Address { get; init; }
}

/// <summary>BG-13: BT-70 name, BT-72 actual delivery date, BG-15 address.</summary>
public sealed record EInvoiceDelivery(string? PartyName, DateOnly? Date, EInvoiceAddress? Address);

/// <summary>BG-14 or BG-26: start and end dates.</summary>
public sealed record EInvoicePeriod(DateOnly Start, DateOnly End);

/// <summary>BG-16: BT-81 means code (30 credit transfer), BT-84 IBAN, BT-86 BIC.</summary>
public sealed record EInvoicePaymentInstructions(string MeansCode, string? Iban, string? Bic);

/// <summary>BG-3: BT-25 number and BT-26 issue date.</summary>
public sealed record EInvoiceReference(string Number, DateOnly IssueDate);

/// <summary>BG-23: BT-116 base, BT-117 amount, BT-118 category, BT-119 rate, BT-120/BT-121 exemption reason.</summary>
public sealed record EInvoiceVatBreakdown(string Category, decimal Rate, decimal TaxableAmount, decimal TaxAmount, string? ExemptionReason, string? ExemptionReasonCode);

/// <summary>BG-22: BT-106, BT-109, BT-110, BT-112, BT-113, BT-115 (no document-level allowances or charges).</summary>
public sealed record EInvoiceTotals(decimal LineTotal, decimal TaxExclusive, decimal Tax, decimal TaxInclusive, decimal Prepaid, decimal Payable);

/// <summary>BG-27: a line allowance (BT-136 amount, BT-137 base, BT-138 percent, BT-139 reason).</summary>
public sealed record EInvoiceLineAllowance(decimal Amount, decimal BaseAmount, decimal Percent, string Reason);

/// <summary>BG-25.</summary>
public sealed record EInvoiceLine
{
    /// <summary>BT-126.</summary>
    public required string Id { get; init; }

    /// <summary>BT-127.</summary>
    public string? Note { get; init; }

    /// <summary>BT-153.</summary>
    public required string Name { get; init; }

    /// <summary>BT-129 (negative for a deduction).</summary>
    public required decimal Quantity { get; init; }

    /// <summary>BT-130, UN/ECE Recommendation 20.</summary>
    public required string UnitCode { get; init; }

    /// <summary>BT-146, never negative (BR-27).</summary>
    public required decimal NetPrice { get; init; }

    public EInvoiceLineAllowance? Allowance { get; init; }

    /// <summary>BT-131.</summary>
    public required decimal NetAmount { get; init; }

    /// <summary>BT-151.</summary>
    public required string VatCategory { get; init; }

    /// <summary>BT-152.</summary>
    public required decimal VatRate { get; init; }
}
