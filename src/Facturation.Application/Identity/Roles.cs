namespace Facturation.Application.Identity;

/// <summary>The three roles of the brief; names are stored in the database and used by integrators.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string BillingManager = "BillingManager";
    public const string Accountant = "Accountant";

    public static IReadOnlyList<string> All { get; } = [Admin, BillingManager, Accountant];

    public static string Label(string role) => role switch
    {
        Admin => "Administrateur",
        BillingManager => "Responsable facturation",
        Accountant => "Comptable",
        _ => role,
    };
}
