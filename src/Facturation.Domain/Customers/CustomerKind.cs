namespace Facturation.Domain.Customers;

public enum CustomerKind
{
    Company,
    Individual,
    PublicBody,
    Foreign,
}
