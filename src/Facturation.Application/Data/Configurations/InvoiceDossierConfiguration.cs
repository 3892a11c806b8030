using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

/// <summary>The dossier link of documents (kept apart from <see cref="InvoiceConfiguration"/>, see ADR-010).</summary>
public sealed class InvoiceDossierConfiguration : IEntityTypeConfiguration<Invoice>, IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasIndex(i => i.DossierId);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(i => i.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(i => i.IsRevenue);
        builder.Ignore(i => i.IsIssued);
    }

    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasIndex(l => l.DossierLineId);
        builder.Ignore(l => l.CurrentPercent);
        builder.Ignore(l => l.BilledQuantity);
    }
}
