using Facturation.Application.Invoicing.Listing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

internal sealed class InvoiceListTotalConfiguration : IEntityTypeConfiguration<InvoiceListTotal>
{
    public void Configure(EntityTypeBuilder<InvoiceListTotal> builder)
    {
        builder.ToTable("InvoiceListTotals");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.IssueDate, t.Kind, t.Status });
    }
}
