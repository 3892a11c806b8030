using Facturation.Domain.Common;

namespace Facturation.Application.Generation;

/// <summary>What <c>demo generate</c> asks for: how many documents (invoices and credit notes) and customers, and the random seed.</summary>
public sealed record GenerationRequest(int Documents, int Customers, int Seed = 1, int Years = 4)
{
    public const int MaxDocuments = 5_000_000;

    public void Validate()
    {
        if (Documents is < 1 or > MaxDocuments)
        {
            throw new DomainException("generate.invoices", $"--invoices doit être compris entre 1 et {MaxDocuments}.", "invoices");
        }

        if (Customers is < 1 or > 1_000_000)
        {
            throw new DomainException("generate.customers", "--customers doit être compris entre 1 et 1 000 000.", "customers");
        }

        if (Years is < 1 or > 20)
        {
            throw new DomainException("generate.years", "--years doit être compris entre 1 et 20.", "years");
        }
    }
}
