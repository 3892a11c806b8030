using Facturation.Application.Documents;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class IssuedSnapshotConfiguration : IEntityTypeConfiguration<IssuedSnapshot>
{
    public void Configure(EntityTypeBuilder<IssuedSnapshot> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("InvoiceIssuedSnapshots");
        builder.HasKey(s => s.InvoiceId);
        builder.Property(s => s.InvoiceId).ValueGeneratedNever();
        builder.Property(s => s.Json).IsRequired();
        builder.HasOne<Invoice>().WithOne().HasForeignKey<IssuedSnapshot>(s => s.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
