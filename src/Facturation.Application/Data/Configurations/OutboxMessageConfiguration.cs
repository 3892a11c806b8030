using Facturation.Application.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.FromAddress).HasMaxLength(254);
        builder.Property(m => m.FromName).HasMaxLength(200);
        builder.Property(m => m.ReplyTo).HasMaxLength(254);
        builder.Property(m => m.To).HasMaxLength(4000);
        builder.Property(m => m.Cc).HasMaxLength(4000);
        builder.Property(m => m.Subject).HasMaxLength(250);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.LeaseOwner).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.RequestedById).HasMaxLength(450);
        builder.Property(m => m.RequestedByName).HasMaxLength(256);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.InvoiceId);
        builder.HasIndex(m => m.LeaseOwner);
        builder.Ignore(m => m.ToList);
        builder.Ignore(m => m.CcList);
        builder.Ignore(m => m.RequestedBy);
    }
}
