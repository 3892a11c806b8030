using Facturation.Domain.Common;

namespace Facturation.Domain.Invoicing;

/// <summary>Statements (relevés de factures, issue 14): the last statement an issued document was listed on.</summary>
public sealed partial class Invoice
{
    /// <summary>The number of the last statement listing this document; null while it is on none ("Pas sur un relevé").</summary>
    public string? StatementNumber { get; private set; }

    /// <summary>Lists the document on a numbered statement; only issued documents can be listed.</summary>
    public void PutOnStatement(string statementNumber, Actor actor, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statementNumber);
        ArgumentNullException.ThrowIfNull(actor);
        if (IsDraft || Status == InvoiceStatus.Abandoned)
        {
            throw DomainException.Conflict("invoice.not_issued", $"{InvoiceLifecycle.Subject(Kind, DisplayNumber)} n'est pas {InvoiceLifecycle.Agreed(Kind, "émis")} : {Pronoun} ne peut pas figurer sur un relevé.");
        }

        StatementNumber = statementNumber;
        Record(nowUtc, actor, "statement", $"Portée sur le relevé {statementNumber}.");
    }
}
