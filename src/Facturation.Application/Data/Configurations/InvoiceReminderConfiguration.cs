using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

/// <summary>The reminder and litigation columns of invoices (ADR-020), kept apart from <see cref="InvoiceConfiguration"/>.</summary>
public sealed class InvoiceReminderConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(i => i.LitigationReason).HasMaxLength(500);
        builder.Ignore(i => i.InLitigation);
        builder.Ignore(i => i.LitigationRefusal);
    }
}
