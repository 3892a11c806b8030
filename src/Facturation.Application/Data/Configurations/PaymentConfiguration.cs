using Facturation.Domain.Customers;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(p => p.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Amount).HasPrecision(18, 2);
        builder.Property(p => p.Reference).HasMaxLength(100);
        builder.Property(p => p.BankAccount).HasMaxLength(100);
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.Property(p => p.CreatedByName).HasMaxLength(200);
        // Rows recorded before voiding existed are Recorded.
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20).HasDefaultValue(PaymentStatus.Recorded).HasSentinel(PaymentStatus.Voided + 1);
        builder.Property(p => p.VoidedById).HasMaxLength(450);
        builder.Property(p => p.VoidedByName).HasMaxLength(200);
        builder.Property(p => p.VoidReason).HasMaxLength(500);
        builder.HasIndex(p => new { p.CustomerId, p.Date });
        builder.HasIndex(p => new { p.Date, p.Id }).HasDatabaseName("IX_Payments_Journal");
        // The journal filtered on one method, in journal order (Date DESC, Id DESC): a deep page skips entries of that
        // method only instead of every payment of IX_Payments_Journal (ADR-032).
        builder.HasIndex(p => new { p.Method, p.Date, p.Id }).HasDatabaseName("IX_Payments_JournalByMethod");
        builder.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Allocations).WithOne().HasForeignKey("PaymentId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Allocations).HasField("_allocations").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
