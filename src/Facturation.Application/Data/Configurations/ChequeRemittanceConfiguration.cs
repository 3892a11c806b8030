using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class ChequeRemittanceConfiguration : IEntityTypeConfiguration<ChequeRemittance>
{
    public void Configure(EntityTypeBuilder<ChequeRemittance> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Ignore(r => r.Number);
        builder.Property(r => r.BankAccount).HasMaxLength(100);
        builder.Property(r => r.Total).HasPrecision(18, 2);
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.CreatedByName).HasMaxLength(200);
        builder.HasIndex(r => r.Date);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey("RemittanceId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
