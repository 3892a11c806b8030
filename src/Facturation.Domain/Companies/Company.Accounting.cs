namespace Facturation.Domain.Companies;

public sealed partial class Company
{
    /// <summary>The accounts and journals of the accounting exports (ADR-017).</summary>
    public AccountingSettings Accounting { get; private set; } = AccountingSettings.Default;

    public void UpdateAccounting(AccountingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Accounting = settings.Validated();
    }
}
