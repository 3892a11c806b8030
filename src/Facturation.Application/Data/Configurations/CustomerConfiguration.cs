using Facturation.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(c => c.Code).HasMaxLength(30);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasIndex(c => c.Name);
        builder.Property(c => c.Siren).HasMaxLength(9);
        builder.Property(c => c.VatNumber).HasMaxLength(20);
        builder.Property(c => c.QuebecTaxRegistration).HasMaxLength(50);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.ElectronicAddress).HasMaxLength(125);
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.ComplexProperty(c => c.BillingAddress, AddressMapping.Configure);
        builder.ComplexProperty(c => c.DeliveryAddress!, AddressMapping.Configure);
        builder.Ignore(c => c.BillingContact);
        builder.HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Contacts).HasField("_contacts").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
