using Facturation.Domain.Customers;
using Facturation.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(d => d.Number).HasMaxLength(40);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.CustomerReference).HasMaxLength(100);
        builder.Property(d => d.Notes).HasMaxLength(4000);
        builder.Property(d => d.AcceptanceReference).HasMaxLength(100);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.TotalNet).HasPrecision(18, 2);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.HasIndex(d => d.CustomerId);
        builder.HasIndex(d => d.Status);
        builder.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(d => d.Totals);
        builder.Ignore(d => d.Label);
        builder.HasMany(d => d.Lines).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
