using Facturation.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class DossierLineConfiguration : IEntityTypeConfiguration<DossierLine>
{
    public void Configure(EntityTypeBuilder<DossierLine> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("DossierLines");
        builder.Property(l => l.Description).HasMaxLength(4000);
        builder.Property(l => l.Unit).HasMaxLength(20);
        builder.Property(l => l.GlAccountNumber).HasMaxLength(20);
        builder.Property(l => l.Tax).HasConversion(LineTaxJson.Converter, LineTaxJson.Comparer).HasColumnName("TaxSnapshot").HasMaxLength(1000);
        builder.Ignore(l => l.Net);
        builder.HasIndex("DossierId", nameof(DossierLine.Position));
    }
}
