using Facturation.Application.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Authorization policies of the brief. Accountants read everything, record payments and export (administrators export too);
/// billing managers create, finalize, send and credit; administrators manage settings and users.
/// </summary>
public static class Policies
{
    public const string Read = nameof(Read);
    public const string Bill = nameof(Bill);
    public const string ManageCustomers = nameof(ManageCustomers);
    public const string RecordPayments = nameof(RecordPayments);
    public const string Export = nameof(Export);
    public const string Administer = nameof(Administer);
    public const string Audit = nameof(Audit);
    public const string ManageRecurringInvoices = nameof(ManageRecurringInvoices);

    public static void Register(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Read, p => p.RequireRole(Roles.Admin, Roles.BillingManager, Roles.Accountant));
        options.AddPolicy(Bill, p => p.RequireRole(Roles.BillingManager));
        options.AddPolicy(ManageCustomers, p => p.RequireRole(Roles.BillingManager, Roles.Admin));
        options.AddPolicy(RecordPayments, p => p.RequireRole(Roles.Accountant, Roles.BillingManager));
        options.AddPolicy(Export, p => p.RequireRole(Roles.Accountant, Roles.Admin));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Audit, p => p.RequireRole(Roles.Accountant, Roles.Admin));
        options.AddPolicy(ManageRecurringInvoices, p => p.RequireRole(Roles.BillingManager, Roles.Admin));

        // Anything not explicitly marked still needs a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
