using Facturation.Application.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Invoicing;

/// <summary>A draft as posted by the editor or by <c>POST/PUT /api/v1/invoices</c>.</summary>
public sealed class InvoiceInput
{
    public int? CustomerId { get; set; }

    public InvoiceKind? Kind { get; set; }

    public InvoiceType? Type { get; set; }

    public int? BillingContactId { get; set; }

    public DateOnly? IssueDate { get; set; }

    public DateOnly? DeliveryDate { get; set; }

    public DateOnly? DeliveryPeriodEnd { get; set; }

    public DateOnly? DueDate { get; set; }

    public int? PaymentTermsDays { get; set; }

    public Currency? Currency { get; set; }

    /// <summary>The customer's purchase-order reference.</summary>
    public string? Reference { get; set; }

    public string? PublicNote { get; set; }

    public string? PrivateNote { get; set; }

    /// <summary>Goods, services or both (2026 reform mention, BT-23); null: derived from the lines' revenue accounts.</summary>
    public OperationNature? OperationNature { get; set; }

    /// <summary>Where this document's goods or services are delivered, when it differs from the customer's (BG-13/BG-15); empty: the customer's default delivery address.</summary>
    public AddressInput? DeliveryAddress { get; set; }

    /// <summary>The business activity for statistics (ADR-027); null: none.</summary>
    public int? ActivityId { get; set; }

    public List<InvoiceLineInput> Lines { get; set; } = [];

    public static InvoiceInput From(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new InvoiceInput
        {
            CustomerId = invoice.CustomerId,
            Kind = invoice.Kind,
            Type = invoice.Type,
            BillingContactId = invoice.BillingContactId,
            IssueDate = invoice.IssueDate,
            DeliveryDate = invoice.DeliveryDate,
            DeliveryPeriodEnd = invoice.DeliveryPeriodEnd,
            DueDate = invoice.DueDate,
            PaymentTermsDays = invoice.PaymentTermsDays,
            Currency = invoice.Currency,
            Reference = invoice.CustomerReference,
            PublicNote = invoice.PublicNote,
            PrivateNote = invoice.PrivateNote,
            OperationNature = invoice.OperationNature,
            DeliveryAddress = AddressInput.From(invoice.DeliveryAddress),
            ActivityId = invoice.ActivityId,
            Lines = invoice.Lines.OrderBy(l => l.Position).Select(l => new InvoiceLineInput
            {
                Kind = l.Kind,
                Description = l.Description,
                Quantity = l.Kind == LineKind.Item ? l.Quantity : null,
                Unit = l.Unit,
                UnitPrice = l.Kind == LineKind.Item ? l.UnitPrice : null,
                DiscountPercent = l.Kind == LineKind.Item ? l.DiscountPercent : null,
                TaxCode = l.Tax?.Code,
                GlAccount = l.GlAccountNumber,
                ProductId = l.ProductId,
                DossierLineId = l.DossierLineId,
                PreviousPercent = l.PreviousPercent,
                CumulativePercent = l.CumulativePercent,
                DeductedInvoiceId = l.DeductedInvoiceId,
            }).ToList(),
        };
    }
}
