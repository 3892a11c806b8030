namespace Facturation.Application.Setup;

/// <summary>Configuration section <c>Facturation</c>.</summary>
public sealed class SetupOptions
{
    public const string Section = "Facturation";

    /// <summary>Seed a demo company, customers, products and users on the first run (off in production compose).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>
    /// With <see cref="SeedDemoData"/>, also play 18 months of demo activity on the first run (ADR-030): invoices,
    /// payments, credit notes, reminders, a dossier, a recurring template. Off in test apps and production compose.
    /// </summary>
    public bool SeedDemoInvoices { get; set; } = true;

    /// <summary>First administrator; environment variable <c>FACTURATION_ADMIN_EMAIL</c>.</summary>
    public string AdminEmail { get; set; } = "admin@facturation.local";

    /// <summary>Environment variable <c>FACTURATION_ADMIN_PASSWORD</c>; generated and printed once when absent.</summary>
    public string? AdminPassword { get; set; }
}
