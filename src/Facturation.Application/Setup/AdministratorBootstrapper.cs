using Facturation.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Setup;

/// <summary>
/// Creates the first administrator (all three roles) when no administrator exists. Without a configured
/// password, a strong one is generated, printed once to the console and must be changed at first login:
/// a fresh install never accepts a default password.
/// </summary>
public sealed class AdministratorBootstrapper(UserManager<AppUser> users, IOptions<SetupOptions> options, IOperatorConsole console)
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var email = options.Value.AdminEmail.Trim();
        var configured = options.Value.AdminPassword;
        var password = string.IsNullOrEmpty(configured) ? PasswordGenerator.Generate() : configured;
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrateur" };
            Ensure(await users.CreateAsync(user, password), "create the first administrator");
        }
        else
        {
            Ensure(await users.RemovePasswordAsync(user), "reset the administrator password");
            Ensure(await users.AddPasswordAsync(user, password), "reset the administrator password");
        }

        user.MustChangePassword = string.IsNullOrEmpty(configured);
        Ensure(await users.UpdateAsync(user), "update the first administrator");
        var missingRoles = Roles.All.Except(await users.GetRolesAsync(user)).ToList();
        Ensure(await users.AddToRolesAsync(user, missingRoles), "grant the administrator roles");

        if (string.IsNullOrEmpty(configured))
        {
            console.WriteLine($"Compte administrateur créé : {email}");
            console.WriteLine($"Mot de passe provisoire (affiché une seule fois, à changer à la première connexion) : {password}");
        }
        else
        {
            console.WriteLine($"Compte administrateur créé : {email} (mot de passe de FACTURATION_ADMIN_PASSWORD)");
        }
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
