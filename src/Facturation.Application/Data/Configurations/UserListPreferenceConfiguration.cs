using Facturation.Application.Identity;
using Facturation.Application.Invoicing.Listing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class UserListPreferenceConfiguration : IEntityTypeConfiguration<UserListPreference>
{
    public void Configure(EntityTypeBuilder<UserListPreference> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.List).HasMaxLength(40);
        builder.Property(p => p.Columns).HasMaxLength(1000);
        builder.HasIndex(p => new { p.UserId, p.List }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
