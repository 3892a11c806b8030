namespace Facturation.Application.Generation;

/// <summary>What was written, for the command's report.</summary>
public sealed record GenerationResult(int Customers, int Invoices, int CreditNotes, int Drafts, int Payments, int Lines, TimeSpan Elapsed)
{
    public int Documents => Invoices + CreditNotes + Drafts;
}
