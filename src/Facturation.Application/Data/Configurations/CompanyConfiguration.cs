using Facturation.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(c => c.LegalName).HasMaxLength(200);
        builder.Property(c => c.LegalForm).HasMaxLength(100);
        builder.Property(c => c.Siren).HasMaxLength(9);
        builder.Property(c => c.Siret).HasMaxLength(14);
        builder.Property(c => c.RcsCity).HasMaxLength(100);
        builder.Property(c => c.VatNumber).HasMaxLength(20);
        builder.Property(c => c.QuebecNeq).HasMaxLength(20);
        builder.Property(c => c.QuebecGstNumber).HasMaxLength(30);
        builder.Property(c => c.QuebecQstNumber).HasMaxLength(30);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.Property(c => c.Iban).HasMaxLength(34);
        builder.Property(c => c.ElectronicAddress).HasMaxLength(125);
        builder.Property(c => c.Bic).HasMaxLength(11);
        builder.Property(c => c.LogoContentType).HasMaxLength(50);
        builder.Property(c => c.RecoveryIndemnityMention).HasMaxLength(500);
        builder.Property(c => c.FooterMessage).HasMaxLength(1000);
        builder.ComplexProperty(c => c.Address, AddressMapping.Configure);

        // Existing companies get the French default (ADR-011).
        builder.Property(c => c.TimeZoneId).HasMaxLength(64).HasDefaultValue(Company.DefaultTimeZoneId);
        builder.Ignore(c => c.TimeZone);
    }
}
