using Facturation.Application.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class AuditVerificationRunConfiguration : IEntityTypeConfiguration<AuditVerificationRun>
{
    public void Configure(EntityTypeBuilder<AuditVerificationRun> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AuditVerificationRuns");
        builder.Property(r => r.ClaimedBy).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Message).HasMaxLength(2000);

        // One run per night, whatever the number of instances: the second insert of a date fails.
        builder.HasIndex(r => r.RunDate).IsUnique();
    }
}
