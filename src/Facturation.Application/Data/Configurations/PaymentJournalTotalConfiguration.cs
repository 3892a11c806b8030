using Facturation.Application.Payments.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

internal sealed class PaymentJournalTotalConfiguration : IEntityTypeConfiguration<PaymentJournalTotal>
{
    public void Configure(EntityTypeBuilder<PaymentJournalTotal> builder)
    {
        builder.ToTable("PaymentJournalTotals");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.Date, t.Method, t.Direction, t.Status });
    }
}
