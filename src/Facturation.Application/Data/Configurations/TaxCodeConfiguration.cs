using Facturation.Domain.Taxes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class TaxCodeConfiguration : IEntityTypeConfiguration<TaxCode>
{
    public void Configure(EntityTypeBuilder<TaxCode> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(t => t.Code).HasMaxLength(20);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Label).HasMaxLength(100);
        builder.Property(t => t.ExemptionMention).HasMaxLength(300);
        builder.Ignore(t => t.TotalRate);
        builder.Ignore(t => t.IsExempt);
        builder.Ignore(t => t.EffectiveCategory);
        builder.Property(t => t.Category).HasConversion<string>().HasMaxLength(2);
        builder.Property(t => t.ExemptionReasonCode).HasMaxLength(30);
        builder.OwnsMany(t => t.Components, component =>
        {
            component.ToTable("TaxComponents");
            component.WithOwner().HasForeignKey("TaxCodeId");
            component.Property<int>("Id");
            component.HasKey("Id");
            component.Property(c => c.Name).HasMaxLength(30);
            component.Property(c => c.Rate).HasPrecision(7, 4);
        });
        builder.Navigation(t => t.Components).HasField("_components").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
