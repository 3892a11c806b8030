using Facturation.Domain.Accounting;
using Facturation.Domain.Catalog;
using Facturation.Domain.Taxes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(p => p.Code).HasMaxLength(30);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Label).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.Unit).HasMaxLength(20);
        builder.HasOne<TaxCode>().WithMany().HasForeignKey(p => p.DefaultTaxCodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GlAccount>().WithMany().HasForeignKey(p => p.DefaultGlAccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
