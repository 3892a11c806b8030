using Facturation.Application.Identity;
using Facturation.Application.Invoicing.Listing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class SavedListViewConfiguration : IEntityTypeConfiguration<SavedListView>
{
    public void Configure(EntityTypeBuilder<SavedListView> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(v => v.UserId).HasMaxLength(450);
        builder.Property(v => v.List).HasMaxLength(40);
        builder.Property(v => v.Name).HasMaxLength(SavedListView.MaxNameLength);
        builder.Property(v => v.Query).HasMaxLength(SavedListView.MaxQueryLength);
        builder.HasIndex(v => new { v.UserId, v.List, v.Name }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
