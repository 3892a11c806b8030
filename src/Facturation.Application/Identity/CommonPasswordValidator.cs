using System.Globalization;
using System.Text;
using Facturation.Application.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Identity;

/// <summary>
/// Refuses the passwords an attacker tries first: the 5,000 most common ones (embedded list, see
/// <c>common-passwords.txt</c> for its source), compared without case and without the digits or symbols people
/// append ("Password2026!"), and any password containing the app's or the company's name.
/// </summary>
public sealed class CommonPasswordValidator(FacturationDb db) : IPasswordValidator<AppUser>
{
    public const string AppName = "facturation";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>Shorter company names ("SA", "BTP") would refuse too many good passwords.</summary>
    private const int MinimumNameLength = 4;

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success;
        }

        var folded = Fold(password);
        if (IsCommon(password))
        {
            return Failure("PasswordTooCommon", "Ce mot de passe fait partie des plus courants : choisissez-en un autre.");
        }

        if (folded.Contains(AppName, StringComparison.Ordinal))
        {
            return Failure("PasswordContainsAppName", "Le mot de passe ne doit pas contenir le nom de l'application.");
        }

        var company = await db.Companies.AsNoTracking().Select(c => c.LegalName).FirstOrDefaultAsync();
        var companyName = company is null ? string.Empty : Fold(company);
        if (companyName.Length >= MinimumNameLength && folded.Contains(companyName, StringComparison.Ordinal))
        {
            return Failure("PasswordContainsCompanyName", "Le mot de passe ne doit pas contenir le nom de la société.");
        }

        return IdentityResult.Success;
    }

    /// <summary>True for a listed password, also once the digits and symbols around it are stripped.</summary>
    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        var core = lower.Trim("0123456789!?.,;:-_*#@$%&+= ".ToCharArray());
        return Common.Value.Contains(lower) || (core.Length >= 4 && Common.Value.Contains(core));
    }

    /// <summary>Lower case, accents removed, letters and digits only: "Atelier Lumière" → "atelierlumiere".</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static IdentityResult Failure(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Facturation.Application.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded common-password list is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
