using System.Text.Json;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("InvoiceLines");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(l => l.Description).HasMaxLength(4000);
        builder.Property(l => l.Unit).HasMaxLength(20);
        builder.Property(l => l.GlAccountNumber).HasMaxLength(20);
        builder.Ignore(l => l.Net);
        builder.Ignore(l => l.IsOffered);
        builder.Ignore(l => l.IsOption);

        // The tax snapshot (code, components, mention) is one small JSON value: it is always read and written
        // whole, and never queried by its parts.
        builder.Property(l => l.Tax)
            .HasConversion(
                tax => tax == null ? null : JsonSerializer.Serialize(tax, Json),
                json => json == null ? null : JsonSerializer.Deserialize<LineTax>(json, Json),
                new ValueComparer<LineTax?>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    t => JsonSerializer.Serialize(t, Json).GetHashCode(StringComparison.Ordinal),
                    t => t))
            .HasColumnName("TaxSnapshot")
            .HasMaxLength(1000);
        builder.HasIndex("InvoiceId", nameof(InvoiceLine.Position));
    }
}
