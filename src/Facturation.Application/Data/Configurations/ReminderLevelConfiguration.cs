using Facturation.Application.Reminders;
using Facturation.Domain.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class ReminderLevelConfiguration : IEntityTypeConfiguration<ReminderLevel>
{
    public void Configure(EntityTypeBuilder<ReminderLevel> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ReminderLevels");
        builder.HasIndex(l => l.Level).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.SubjectTemplate).HasMaxLength(250);
        builder.Property(l => l.BodyTemplate).HasMaxLength(8000);

        // Seeded by the migration, so that an upgraded database has the levels as well as a new one.
        builder.HasData(DefaultReminderLevels.All.Select(d => new
        {
            Id = d.Level,
            d.Level,
            d.Details.Name,
            d.Details.DaysAfterDue,
            d.Details.SubjectTemplate,
            d.Details.BodyTemplate,
            d.Details.AttachLetter,
        }));
    }
}
