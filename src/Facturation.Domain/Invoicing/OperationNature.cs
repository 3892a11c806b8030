namespace Facturation.Domain.Invoicing;

/// <summary>
/// What the document bills, a mention the 2026 reform makes mandatory (décret 2022-1299) and the letter of the
/// French billing framework BT-23 (B goods, S services, M both).
/// </summary>
public enum OperationNature
{
    Goods,
    Services,
    Both,
}
