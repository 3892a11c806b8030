using Facturation.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

/// <summary>The company's dossier billing settings, stored inline (kept apart from <see cref="CompanyConfiguration"/>).</summary>
public sealed class CompanyDossierBillingConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ComplexProperty(c => c.DossierBilling, settings =>
        {
            settings.Property(s => s.DefaultDeduction).HasConversion<string>().HasMaxLength(20);
            settings.Property(s => s.SituationTitleTemplate).HasMaxLength(200);
            settings.Property(s => s.SituationLineTemplate).HasMaxLength(500);
        });
    }
}
