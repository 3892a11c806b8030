using Facturation.Application.Archiving;
using Facturation.Application.Statements;
using Facturation.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class StatementArchiveConfiguration : IEntityTypeConfiguration<StatementArchive>
{
    public void Configure(EntityTypeBuilder<StatementArchive> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("StatementArchives");
        builder.HasKey(a => a.StatementId);
        builder.Property(a => a.StatementId).ValueGeneratedNever();
        builder.Property(a => a.Content);
        builder.Property(a => a.BlobName).HasMaxLength(ArchiveColumns.BlobNameLength);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasOne<Statement>().WithOne().HasForeignKey<StatementArchive>(a => a.StatementId).OnDelete(DeleteBehavior.Restrict);
    }
}
