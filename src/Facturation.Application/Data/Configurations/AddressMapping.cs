using Facturation.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

/// <summary>Column sizes of a <see cref="PostalAddress"/>, shared by every owner.</summary>
internal static class AddressMapping
{
    public static void Configure(ComplexPropertyBuilder<PostalAddress> address)
    {
        address.Property(a => a.Line1).HasMaxLength(200);
        address.Property(a => a.Line2).HasMaxLength(200);
        address.Property(a => a.PostalCode).HasMaxLength(20);
        address.Property(a => a.City).HasMaxLength(100);
        address.Property(a => a.Country).HasMaxLength(2);
    }
}
