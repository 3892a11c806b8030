using Facturation.Domain.Invoicing;
using Facturation.Domain.Recurring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class RecurringInvoiceOccurrenceConfiguration : IEntityTypeConfiguration<RecurringInvoiceOccurrence>
{
    public void Configure(EntityTypeBuilder<RecurringInvoiceOccurrence> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("RecurringInvoiceOccurrences");
        builder.Property(o => o.DocumentNumber).HasMaxLength(40);
        builder.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Note).HasMaxLength(1000);
        builder.Property(o => o.GeneratedBy).HasMaxLength(200);

        // The claim: one row per (template, occurrence), inserted with the generated document in one transaction.
        builder.HasIndex(o => new { o.TemplateId, o.OccurrenceDate }).IsUnique();
        builder.HasOne<RecurringInvoiceTemplate>().WithMany().HasForeignKey(o => o.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(o => o.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
