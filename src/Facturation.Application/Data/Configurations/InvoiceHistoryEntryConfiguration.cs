using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class InvoiceHistoryEntryConfiguration : IEntityTypeConfiguration<InvoiceHistoryEntry>
{
    public void Configure(EntityTypeBuilder<InvoiceHistoryEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("InvoiceHistory");
        builder.Property(h => h.UserId).HasMaxLength(450);
        builder.Property(h => h.UserName).HasMaxLength(200);
        builder.Property(h => h.Action).HasMaxLength(40);
        builder.Property(h => h.Details).HasMaxLength(1000);
    }
}
