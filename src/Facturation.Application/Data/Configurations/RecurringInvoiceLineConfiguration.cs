using Facturation.Domain.Recurring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class RecurringInvoiceLineConfiguration : IEntityTypeConfiguration<RecurringInvoiceLine>
{
    public void Configure(EntityTypeBuilder<RecurringInvoiceLine> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("RecurringInvoiceLines");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(l => l.Description).HasMaxLength(4000);
        builder.Property(l => l.Unit).HasMaxLength(20);
        builder.Property(l => l.TaxCode).HasMaxLength(20);
        builder.Property(l => l.GlAccount).HasMaxLength(20);
        builder.Ignore(l => l.Details);
        builder.Property<int>("TemplateId");
        builder.HasIndex("TemplateId", nameof(RecurringInvoiceLine.Position));
    }
}
