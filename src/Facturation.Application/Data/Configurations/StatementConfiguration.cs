using Facturation.Domain.Customers;
using Facturation.Domain.Numbering;
using Facturation.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(s => s.Number).HasMaxLength(40).IsRequired();
        // A legal number is unique (ADR-011); across series, StatementService checks the invoices' numbers too.
        builder.HasIndex(s => s.Number).IsUnique();
        builder.HasIndex(s => new { s.CustomerId, s.IssueDate });
        builder.Property(s => s.Total).HasPrecision(18, 2);
        builder.Property(s => s.Remaining).HasPrecision(18, 2);
        builder.Property(s => s.CreatedById).HasMaxLength(450);
        builder.Property(s => s.CreatedByName).HasMaxLength(200);
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NumberingSeries>().WithMany().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey("StatementId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
