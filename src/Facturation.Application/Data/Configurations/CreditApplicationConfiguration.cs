using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class CreditApplicationConfiguration : IEntityTypeConfiguration<CreditApplication>
{
    public void Configure(EntityTypeBuilder<CreditApplication> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(a => a.Amount).HasPrecision(18, 2);
        builder.Property(a => a.UserName).HasMaxLength(200);
        builder.Property(a => a.ReversedById).HasMaxLength(450);
        builder.Property(a => a.ReversedByName).HasMaxLength(200);
        builder.Property(a => a.ReversalReason).HasMaxLength(500);
        builder.Ignore(a => a.IsReversed);
        builder.HasIndex(a => a.CreditNoteId);
        builder.HasIndex(a => a.InvoiceId);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(a => a.CreditNoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(a => a.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
