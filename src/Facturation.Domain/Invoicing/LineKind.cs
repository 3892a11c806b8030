namespace Facturation.Domain.Invoicing;

public enum LineKind
{
    Item,
    Section,
    Comment,
}
