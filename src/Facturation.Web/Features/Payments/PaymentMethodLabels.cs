using Facturation.Domain.Payments;

namespace Facturation.Web.Features.Payments;

/// <summary>French label of each payment method.</summary>
public static class PaymentMethodLabels
{
    public static string Label(PaymentMethod method) => method switch
    {
        PaymentMethod.Transfer => "Virement",
        PaymentMethod.Cheque => "Chèque",
        PaymentMethod.Card => "Carte",
        PaymentMethod.Cash => "Espèces",
        PaymentMethod.DirectDebit => "Prélèvement",
        PaymentMethod.Lcr => "LCR",
    };
}
