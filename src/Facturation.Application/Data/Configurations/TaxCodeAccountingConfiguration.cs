using Facturation.Domain.Taxes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

/// <summary>The VAT account of a tax code for the accounting exports (ADR-017), kept apart from <see cref="TaxCodeConfiguration"/>.</summary>
public sealed class TaxCodeAccountingConfiguration : IEntityTypeConfiguration<TaxCode>
{
    public void Configure(EntityTypeBuilder<TaxCode> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(t => t.VatAccountNumber).HasMaxLength(20);
    }
}
