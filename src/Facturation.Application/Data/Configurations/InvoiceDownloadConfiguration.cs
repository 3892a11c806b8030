using Facturation.Application.Documents;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class InvoiceDownloadConfiguration : IEntityTypeConfiguration<InvoiceDownload>
{
    public void Configure(EntityTypeBuilder<InvoiceDownload> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("InvoiceDownloads");
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.UserName).HasMaxLength(200);
        builder.Property(d => d.Channel).HasMaxLength(10);
        builder.HasIndex(d => new { d.InvoiceId, d.AtUtc });
        builder.HasOne<Invoice>().WithMany().HasForeignKey(d => d.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
