using Facturation.Application.Reminders;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class PaymentReminderConfiguration : IEntityTypeConfiguration<PaymentReminder>
{
    public void Configure(EntityTypeBuilder<PaymentReminder> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("PaymentReminders");

        // A level is sent at most once per invoice, whatever the number of concurrent senders (ADR-020).
        builder.HasIndex(r => new { r.InvoiceId, r.Level }).IsUnique();
        builder.HasOne<Invoice>().WithMany().HasForeignKey(r => r.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Message).WithMany().HasForeignKey(r => r.OutboxMessageId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.LevelName).HasMaxLength(100);
        builder.Property(r => r.Remaining).HasPrecision(18, 2);
        builder.Property(r => r.Penalty).HasPrecision(18, 2);
        builder.Property(r => r.RecoveryIndemnity).HasPrecision(18, 2);
        builder.Property(r => r.Recipients).HasMaxLength(8000);
        builder.Property(r => r.SentById).HasMaxLength(450);
        builder.Property(r => r.SentByName).HasMaxLength(256);
    }
}
