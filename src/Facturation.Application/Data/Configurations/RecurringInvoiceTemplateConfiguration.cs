using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Recurring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class RecurringInvoiceTemplateConfiguration : IEntityTypeConfiguration<RecurringInvoiceTemplate>
{
    public void Configure(EntityTypeBuilder<RecurringInvoiceTemplate> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("RecurringInvoiceTemplates");
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.LastError).HasMaxLength(1000);
        builder.Property(t => t.PublicNote).HasMaxLength(4000);
        builder.Property(t => t.PrivateNote).HasMaxLength(4000);
        builder.Property(t => t.CreatedById).HasMaxLength(450);

        // The job's compare-and-swap: an occurrence advances NextDate only if nobody moved it meanwhile.
        builder.Property(t => t.NextDate).IsConcurrencyToken();
        builder.Ignore(t => t.Schedule);
        builder.HasMany(t => t.Lines).WithOne().HasForeignKey("TemplateId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Lines).HasField("_lines");
        builder.HasOne<Customer>().WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(t => t.LastInvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.Status, t.NextDate });
    }
}
