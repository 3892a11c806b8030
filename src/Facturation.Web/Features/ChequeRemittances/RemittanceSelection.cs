namespace Facturation.Web.Features.ChequeRemittances;

/// <summary>The cheques ticked in the journal and the day they go to the bank (today when empty).</summary>
public sealed class RemittanceSelection
{
    public List<int> PaymentIds { get; set; } = [];

    public DateOnly? Date { get; set; }
}
