using Facturation.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

/// <summary>The company's reminder settings, stored inline (kept apart from <see cref="CompanyConfiguration"/>).</summary>
public sealed class CompanyReminderConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ComplexProperty(c => c.Reminders);
    }
}
