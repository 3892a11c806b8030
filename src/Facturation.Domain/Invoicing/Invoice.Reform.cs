namespace Facturation.Domain.Invoicing;

/// <summary>Data the 2026 French e-invoicing reform requires on a document (ADR-016).</summary>
public sealed partial class Invoice
{
    /// <summary>
    /// The nature printed and sent as BT-23: the user's choice, else derived from the lines' revenue accounts
    /// (PCG 701–703 and 707 are sales of goods, every other account a service); no account at all means services.
    /// </summary>
    public OperationNature EffectiveOperationNature => OperationNature ?? NatureOfLines(_lines);

    public static OperationNature NatureOfLines(IEnumerable<InvoiceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var kinds = lines.Where(l => l.Kind == LineKind.Item && l.Quantity != 0).Select(l => IsGoodsAccount(l.GlAccountNumber)).Distinct().ToList();
        return kinds switch
        {
            [true] => Invoicing.OperationNature.Goods,
            [_, _] => Invoicing.OperationNature.Both,
            _ => Invoicing.OperationNature.Services,
        };
    }

    private static bool IsGoodsAccount(string? account) =>
        account is not null && (account.StartsWith("701", StringComparison.Ordinal) || account.StartsWith("702", StringComparison.Ordinal)
            || account.StartsWith("703", StringComparison.Ordinal) || account.StartsWith("707", StringComparison.Ordinal));
}
