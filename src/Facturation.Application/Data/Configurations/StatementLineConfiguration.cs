using Facturation.Domain.Invoicing;
using Facturation.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class StatementLineConfiguration : IEntityTypeConfiguration<StatementLine>
{
    public void Configure(EntityTypeBuilder<StatementLine> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.DocumentNumber).HasMaxLength(40);
        builder.Property(l => l.Gross).HasPrecision(18, 2);
        builder.Property(l => l.Paid).HasPrecision(18, 2);
        builder.Property(l => l.Remaining).HasPrecision(18, 2);
        builder.HasIndex(l => l.InvoiceId);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
