using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

/// <summary>The activity link of documents and the dashboard's index (ADR-027), kept apart from <see cref="InvoiceConfiguration"/>.</summary>
public sealed class InvoiceActivityConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // No foreign key: on SQLite adding one rebuilds "Invoices", which drops the audit triggers (ADR-012). Activities
        // are never deleted, and the services check that a chosen activity exists.
        builder.HasIndex(i => i.ActivityId);

        // The revenue figures scan one issue-date range and read only these columns: a covering index answers them
        // without touching the table rows (EXPLAIN in ADR-027).
        builder.HasIndex(i => new { i.IssueDate, i.Status, i.Kind, i.Type, i.TotalNet, i.CustomerId, i.ActivityId }).HasDatabaseName("IX_Invoices_Revenue");
    }
}
