using Facturation.Domain.Invoicing;
using Facturation.Domain.Taxes;

namespace Facturation.Domain.Tests.Invoicing;

/// <summary>Test data for invoices: a valid draft by default, each test changes only what it is about.</summary>
internal sealed class InvoiceBuilder
{
    public static readonly Actor Biller = new("user-1", "Alice Biller");
    public static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly Today = new(2026, 11, 23);

    private readonly List<LineDetails> _lines = [];
    private InvoiceHeader _header = new(CustomerId: 7, PaymentTermsDays: 30);

    public static LineTax Tva20 { get; } = Tax(1, "TVA20", new TaxComponent("TVA", 20m));

    public static LineTax Tva10 { get; } = Tax(2, "TVA10", new TaxComponent("TVA", 10m));

    public static LineTax Tva55 { get; } = Tax(3, "TVA5.5", new TaxComponent("TVA", 5.5m));

    public static LineTax Quebec { get; } = Tax(4, "QC", new TaxComponent("TPS", 5m), new TaxComponent("TVQ", 9.975m));

    public static LineTax Tax(int id, string code, params TaxComponent[] components) => new(id, code, components, null);

    public InvoiceBuilder WithLine(decimal quantity, decimal unitPrice, LineTax? tax = null, decimal discountPercent = 0, decimal? costPrice = null)
    {
        _lines.Add(LineDetails.Item("Prestation", quantity, unitPrice, tax ?? Tva20, discountPercent) with { CostPrice = costPrice });
        return this;
    }

    public InvoiceBuilder WithLine(LineDetails line)
    {
        _lines.Add(line);
        return this;
    }

    public InvoiceBuilder With(Func<InvoiceHeader, InvoiceHeader> change)
    {
        _header = change(_header);
        return this;
    }

    public Invoice Build() => Invoice.CreateDraft(InvoiceKind.Invoice, InvoiceType.Standard, _header, _lines, "PF2611-0001", Biller, Now);

    public Invoice BuildFinal(string number = "FA2611-0001")
    {
        var invoice = Build();
        invoice.Finalize(number, seriesId: 1, new IssueDateRule(Today, LastIssueDateOfSeries: null, BackdatingDays: 0), glAccountRequired: false, Biller, Now);
        return invoice;
    }
}
