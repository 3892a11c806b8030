using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Number).HasMaxLength(40);
        builder.Property(i => i.StatementNumber).HasMaxLength(40);
        builder.Property(i => i.ProformaNumber).HasMaxLength(40);
        builder.Property(i => i.CustomerReference).HasMaxLength(100);
        builder.Property(i => i.PublicNote).HasMaxLength(4000);
        builder.Property(i => i.PrivateNote).HasMaxLength(4000);
        builder.Property(i => i.QuebecTaxRegistration).HasMaxLength(50);
        builder.Property(i => i.OperationNature).HasConversion<string>().HasMaxLength(10);
        builder.ComplexProperty(i => i.DeliveryAddress!, AddressMapping.Configure);
        builder.Ignore(i => i.EffectiveOperationNature);
        builder.Property(i => i.AuthorId).HasMaxLength(450);
        builder.Property(i => i.FinalizedById).HasMaxLength(450);
        builder.Property(i => i.TotalNet).HasPrecision(18, 2);
        builder.Property(i => i.TotalTax).HasPrecision(18, 2);
        builder.Property(i => i.TotalGross).HasPrecision(18, 2);

        // Settlement (ADR-009): concurrency tokens, so two payments racing on one invoice cannot both pass.
        builder.Property(i => i.PaidAmount).HasPrecision(18, 2).IsConcurrencyToken();
        builder.Property(i => i.CreditedAmount).HasPrecision(18, 2).IsConcurrencyToken();
        builder.Property(i => i.ClosingReason).HasMaxLength(500);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(i => i.CancelledById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(i => i.ReplacedById).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Remaining).HasPrecision(18, 2);
        builder.Property(i => i.CostedNet).HasPrecision(18, 2);
        builder.Property(i => i.CostTotal).HasPrecision(18, 2);
        builder.Ignore(i => i.IsOpen);
        builder.Ignore(i => i.HasCreditLeft);
        builder.Ignore(i => i.PaymentRefusal);
        builder.Ignore(i => i.CreditNoteRefusal);
        builder.Ignore(i => i.CancellationRefusal);
        builder.Ignore(i => i.ReplacementRefusal);

        // The last line of defence against a duplicate legal number, whatever the code does: unique across ALL
        // series (ADR-011). Drafts have no Number (null, not indexed); their PF numbers are not legal.
        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => i.SeriesId);
        builder.HasIndex(i => new { i.Status, i.IssueDate });
        builder.HasIndex(i => i.CustomerId);
        builder.HasIndex(i => i.IssueDate);
        builder.HasIndex(i => i.ProformaNumber);

        // The list's default order and its keyset paging (ADR-022): newest issue date first, then id.
        builder.HasIndex(i => new { i.IssueDate, i.Id }).HasDatabaseName("IX_Invoices_List");
        builder.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NumberingSeries>().WithMany().HasForeignKey(i => i.SeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(i => i.OriginInvoiceId).OnDelete(DeleteBehavior.Restrict);

        builder.Ignore(i => i.Totals);
        builder.Ignore(i => i.Margin);
        builder.Ignore(i => i.IsDraft);
        builder.Ignore(i => i.DisplayNumber);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey("InvoiceId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(i => i.History).WithOne().HasForeignKey("InvoiceId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
