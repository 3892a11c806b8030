using Facturation.Application.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class MailSettingsConfiguration : IEntityTypeConfiguration<MailSettings>
{
    public void Configure(EntityTypeBuilder<MailSettings> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(s => s.Host).HasMaxLength(200);
        builder.Property(s => s.Security).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.UserName).HasMaxLength(200);
        builder.Property(s => s.ProtectedPassword).HasMaxLength(2000);
        builder.Property(s => s.SenderName).HasMaxLength(200);
        builder.Property(s => s.SenderAddress).HasMaxLength(254);
        builder.Property(s => s.ReplyTo).HasMaxLength(254);
        builder.Property(s => s.SubjectTemplate).HasMaxLength(250);
        builder.Property(s => s.BodyTemplate).HasMaxLength(10000);
    }
}
