namespace Facturation.Domain.Companies;

public enum Currency
{
    EUR,
    CAD,
}
