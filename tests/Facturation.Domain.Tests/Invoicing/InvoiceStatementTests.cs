using Facturation.Domain.Common;

namespace Facturation.Domain.Tests.Invoicing;

public sealed class InvoiceStatementTests
{
    [Fact]
    public void An_issued_invoice_put_on_a_statement_keeps_the_last_statement_number_and_records_it()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100).BuildFinal();

        invoice.PutOnStatement("RE2611-0001", InvoiceBuilder.Biller, InvoiceBuilder.Now);
        invoice.PutOnStatement("RE2612-0001", InvoiceBuilder.Biller, InvoiceBuilder.Now.AddDays(30));

        Assert.Equal("RE2612-0001", invoice.StatementNumber);
        Assert.Equal(2, invoice.History.Count(entry => entry.Action == "statement"));
    }

    [Fact]
    public void A_draft_cannot_be_put_on_a_statement()
    {
        var draft = new InvoiceBuilder().WithLine(1, 100).Build();

        var refusal = Assert.Throws<DomainException>(() => draft.PutOnStatement("RE2611-0001", InvoiceBuilder.Biller, InvoiceBuilder.Now));

        Assert.Equal(DomainErrorKind.Conflict, refusal.Kind);
        Assert.Null(draft.StatementNumber);
    }
}
