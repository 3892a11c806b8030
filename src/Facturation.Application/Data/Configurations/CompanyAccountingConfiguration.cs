using Facturation.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Application.Data.Configurations;

/// <summary>The company's accounting export settings, stored inline (ADR-017); existing rows get the defaults.</summary>
public sealed class CompanyAccountingConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var defaults = AccountingSettings.Default;
        builder.ComplexProperty(c => c.Accounting, settings =>
        {
            settings.Property(s => s.ReceivableAccount).HasMaxLength(20).HasDefaultValue(defaults.ReceivableAccount);
            settings.Property(s => s.CustomerAdvanceAccount).HasMaxLength(20).HasDefaultValue(defaults.CustomerAdvanceAccount);
            settings.Property(s => s.BankAccount).HasMaxLength(20).HasDefaultValue(defaults.BankAccount);
            settings.Property(s => s.VatAccount).HasMaxLength(20).HasDefaultValue(defaults.VatAccount);
            settings.Property(s => s.RevenueAccount).HasMaxLength(20).HasDefaultValue(defaults.RevenueAccount);
            settings.Property(s => s.SalesJournal).HasMaxLength(10).HasDefaultValue(defaults.SalesJournal);
            settings.Property(s => s.BankJournal).HasMaxLength(10).HasDefaultValue(defaults.BankJournal);
        });
    }
}
