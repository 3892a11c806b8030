using Facturation.Application.Audit;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Payments.Journal;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Data;

/// <summary>
/// The tables that carry triggers on SQL Server (the audit guards, <see cref="AuditTriggers"/>, and the list rollups,
/// <see cref="RollupTable"/>), declared to EF. Undeclared, EF Core's SQL Server provider reads a save's affected rows and
/// generated keys with an <c>OUTPUT</c> clause, which SQL Server refuses on a table with enabled triggers (error 334):
/// every save of an invoice, a line, a payment or an audit entry would fail. Declared, EF uses <c>OUTPUT INTO</c> a table
/// variable or <c>@@ROWCOUNT</c> instead. SQL Server only; no migration operation (EF does not create triggers).
/// </summary>
internal static class SqlServerTriggers
{
    public static readonly IReadOnlyList<(Type Entity, string Trigger)> All =
    [
        (typeof(Invoice), "TR_Invoices_Frozen"),
        (typeof(Invoice), InvoiceListTotalsSql.Rollup.Trigger),
        (typeof(InvoiceLine), "TR_InvoiceLines_Frozen"),
        (typeof(InvoiceArchive), "TR_InvoiceArchives_Frozen"),
        (typeof(AuditEntry), "TR_AuditEntries_AppendOnly"),
        (typeof(Payment), PaymentJournalTotalsSql.Rollup.Trigger),
    ];

    public static void Declare(ModelBuilder builder)
    {
        foreach (var (entity, trigger) in All)
        {
            builder.Entity(entity).ToTable(table => table.HasTrigger(trigger));
        }
    }
}
