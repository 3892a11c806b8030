using Facturation.Domain.Payments;

namespace Facturation.Web.Api.V1;

public sealed record ChequeRemittanceDto(int Id, string Number, DateOnly Date, string? BankAccount, int Count, decimal Total, IReadOnlyList<int> PaymentIds)
{
    public static ChequeRemittanceDto From(ChequeRemittance slip)
    {
        ArgumentNullException.ThrowIfNull(slip);
        return new(slip.Id, slip.Number, slip.Date, slip.BankAccount, slip.Count, slip.Total, [.. slip.Items.OrderBy(i => i.Position).Select(i => i.PaymentId)]);
    }
}
