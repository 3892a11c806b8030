namespace Facturation.Domain.Payments;

/// <summary>One cheque (a received payment) on a remittance slip.</summary>
public sealed class ChequeRemittanceItem
{
    private ChequeRemittanceItem()
    {
    }

    internal ChequeRemittanceItem(int paymentId, int position) => (PaymentId, Position) = (paymentId, position);

    public int Id { get; private set; }

    public int PaymentId { get; private set; }

    public int Position { get; private set; }
}
