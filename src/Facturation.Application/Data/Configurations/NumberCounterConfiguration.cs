using Facturation.Application.Numbering;
using Facturation.Domain.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class NumberCounterConfiguration : IEntityTypeConfiguration<NumberCounter>
{
    public void Configure(EntityTypeBuilder<NumberCounter> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("NumberCounters");
        builder.HasKey(c => new { c.SeriesId, c.Period });
        builder.Property(c => c.Period).HasMaxLength(7);
        builder.HasOne<NumberingSeries>().WithMany().HasForeignKey(c => c.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
