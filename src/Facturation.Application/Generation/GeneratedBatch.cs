using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;

namespace Facturation.Application.Generation;

/// <summary>The aggregates of one slice of generated history, in key order, ready to be written.</summary>
public sealed class GeneratedBatch
{
    public List<Invoice> Documents { get; } = [];

    public List<Payment> Payments { get; } = [];

    public List<CreditApplication> CreditApplications { get; } = [];
}
