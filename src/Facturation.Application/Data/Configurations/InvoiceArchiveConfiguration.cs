using Facturation.Application.Archiving;
using Facturation.Application.Documents;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class InvoiceArchiveConfiguration : IEntityTypeConfiguration<InvoiceArchive>
{
    public void Configure(EntityTypeBuilder<InvoiceArchive> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("InvoiceArchives");
        builder.HasKey(a => a.InvoiceId);
        builder.Property(a => a.InvoiceId).ValueGeneratedNever();
        builder.Property(a => a.Content);
        builder.Property(a => a.BlobName).HasMaxLength(ArchiveColumns.BlobNameLength);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasOne<Invoice>().WithOne().HasForeignKey<InvoiceArchive>(a => a.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
