using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Tests.Invoicing;

public sealed class InvoiceSendingTests
{
    private static readonly DateTime Later = InvoiceBuilder.Now.AddHours(2);
    private static readonly string[] Recipients = ["compta@client.example", "achats@client.example"];

    [Fact]
    public void MarkSent_final_invoice_becomes_sent_with_date_and_recipients_in_history()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100).BuildFinal();

        invoice.MarkSent(Recipients, InvoiceBuilder.Biller, Later);

        Assert.Equal(InvoiceStatus.Sent, invoice.Status);
        Assert.Equal(Later, invoice.SentAtUtc);
        var entry = invoice.History[^1];
        Assert.Equal("sent", entry.Action);
        Assert.Contains("compta@client.example, achats@client.example", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkSent_draft_stays_an_editable_draft_marked_as_sent_proforma()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100).Build();

        invoice.MarkSent(Recipients, InvoiceBuilder.Biller, Later);

        Assert.Equal(InvoiceStatus.Draft, invoice.Status);
        Assert.Equal(Later, invoice.ProformaSentAtUtc);
        Assert.Null(invoice.SentAtUtc);
        Assert.Equal("proforma_sent", invoice.History[^1].Action);
    }

    [Fact]
    public void MarkSent_twice_keeps_the_first_sent_date_and_records_both()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100).BuildFinal();
        invoice.MarkSent(Recipients, InvoiceBuilder.Biller, Later);

        invoice.MarkSent(Recipients, InvoiceBuilder.Biller, Later.AddDays(1));

        Assert.Equal(InvoiceStatus.Sent, invoice.Status);
        Assert.Equal(Later, invoice.SentAtUtc);
        Assert.Equal(2, invoice.History.Count(h => h.Action == "sent"));
    }

    [Fact]
    public void RequestSending_records_the_request_without_changing_the_status()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100).BuildFinal();

        invoice.RequestSending(Recipients, InvoiceBuilder.Biller, Later);

        Assert.Equal(InvoiceStatus.Final, invoice.Status);
        Assert.Null(invoice.SentAtUtc);
        Assert.Equal("send_requested", invoice.History[^1].Action);
        Assert.Null(invoice.SendingRefusal);
    }
}
