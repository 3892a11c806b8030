using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class ChequeRemittanceItemConfiguration : IEntityTypeConfiguration<ChequeRemittanceItem>
{
    public void Configure(EntityTypeBuilder<ChequeRemittanceItem> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ChequeRemittanceItems");

        // A cheque is paid in once: the database refuses a second slip for the same payment, whatever the race.
        builder.HasIndex(i => i.PaymentId).IsUnique();
        builder.HasOne<Payment>().WithMany().HasForeignKey(i => i.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}
