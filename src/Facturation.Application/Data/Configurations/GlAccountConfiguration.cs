using Facturation.Domain.Accounting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class GlAccountConfiguration : IEntityTypeConfiguration<GlAccount>
{
    public void Configure(EntityTypeBuilder<GlAccount> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(a => a.Number).HasMaxLength(20);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.Label).HasMaxLength(200);
    }
}
