using Facturation.Application.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class WebhookCursorConfiguration : IEntityTypeConfiguration<WebhookCursor>
{
    public void Configure(EntityTypeBuilder<WebhookCursor> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("WebhookCursor");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasData(new { Id = WebhookCursor.SingletonId, LastSequence = 0L });
    }
}
