using Facturation.Application.Archiving;
using Facturation.Application.Documents;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class InvoiceXmlArchiveConfiguration : IEntityTypeConfiguration<InvoiceXmlArchive>
{
    public void Configure(EntityTypeBuilder<InvoiceXmlArchive> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("InvoiceXmlArchives");
        builder.HasKey(a => new { a.InvoiceId, a.Syntax });
        builder.Property(a => a.Syntax).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Content);
        builder.Property(a => a.BlobName).HasMaxLength(ArchiveColumns.BlobNameLength);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasOne<Invoice>().WithMany().HasForeignKey(a => a.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
