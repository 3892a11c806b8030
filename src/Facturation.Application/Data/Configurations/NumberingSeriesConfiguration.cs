using Facturation.Domain.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class NumberingSeriesConfiguration : IEntityTypeConfiguration<NumberingSeries>
{
    public void Configure(EntityTypeBuilder<NumberingSeries> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => s.Kind).IsUnique();
        builder.Property(s => s.Mask).HasMaxLength(40);
        builder.Property(s => s.Reset).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.PreviousReset).HasConversion<string>().HasMaxLength(10);
    }
}
