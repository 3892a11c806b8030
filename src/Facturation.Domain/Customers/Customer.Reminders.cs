namespace Facturation.Domain.Customers;

/// <summary>Payment reminders (ADR-020): the customer's opt-out, and the French recovery indemnity it may owe.</summary>
public sealed partial class Customer
{
    /// <summary>"Ne pas relancer": no payment reminder is ever sent for this customer's invoices.</summary>
    public bool RemindersOptOut { get; private set; }

    /// <summary>
    /// The fixed 40 € recovery indemnity (Code de commerce L441-10) is owed by French business customers only —
    /// never by individuals, nor outside France (Québec).
    /// </summary>
    public bool OwesRecoveryIndemnity =>
        Kind == CustomerKind.Company && string.Equals(BillingAddress.Country, "FR", StringComparison.OrdinalIgnoreCase);

    public void SetRemindersOptOut(bool optOut) => RemindersOptOut = optOut;
}
