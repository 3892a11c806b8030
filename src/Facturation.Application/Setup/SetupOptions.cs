namespace Facturation.Application.Setup;

/// <summary>Configuration section <c>Facturation</c>.</summary>
public sealed class SetupOptions
{
    public const string Section = "Facturation";

    /// <summary>Seed a demo company, customers, products and users on the first run (off in production compose).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>First administrator; environment variable <c>FACTURATION_ADMIN_EMAIL</c>.</summary>
    public string AdminEmail { get; set; } = "admin@facturation.local";

    /// <summary>Environment variable <c>FACTURATION_ADMIN_PASSWORD</c>; generated and printed once when absent.</summary>
    public string? AdminPassword { get; set; }
}
