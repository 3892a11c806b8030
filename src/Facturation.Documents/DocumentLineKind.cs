namespace Facturation.Documents;

public enum DocumentLineKind
{
    Item,
    Section,
    Comment,
}
