using Facturation.Domain.Payments;

namespace Facturation.Application.Accounts;

/// <summary>The French wording of account entries, shared by the screens and the PDF.</summary>
public static class AccountEntryLabels
{
    public static string Of(AccountEntryKind kind) => kind switch
    {
        AccountEntryKind.Invoice => "Facture",
        AccountEntryKind.CreditNote => "Avoir",
        AccountEntryKind.Payment => "Règlement",
        AccountEntryKind.Refund => "Remboursement",
    };

    public static string MethodOf(PaymentMethod method) => method switch
    {
        PaymentMethod.Transfer => "virement",
        PaymentMethod.Cheque => "chèque",
        PaymentMethod.Card => "carte",
        PaymentMethod.Cash => "espèces",
        PaymentMethod.DirectDebit => "prélèvement",
        PaymentMethod.Lcr => "LCR",
    };

    /// <summary>"Facture FA2601-0001", "Règlement chèque n° 1234567".</summary>
    public static string Describe(AccountEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var label = Of(entry.Kind);
        if (entry.IsDocument)
        {
            return $"{label} {entry.Number}";
        }

        var method = entry.Method is { } m ? $" {MethodOf(m)}" : string.Empty;
        return entry.Number is { Length: > 0 } reference ? $"{label}{method} n° {reference}" : label + method;
    }
}
