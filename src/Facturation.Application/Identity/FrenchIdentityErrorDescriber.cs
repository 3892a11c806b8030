using Microsoft.AspNetCore.Identity;

namespace Facturation.Application.Identity;

/// <summary>French messages for ASP.NET Core Identity errors shown next to password and e-mail fields.</summary>
public sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mot de passe incorrect.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Le mot de passe doit comporter au moins {length} caractères.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir au moins un chiffre.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Le mot de passe doit contenir au moins une minuscule.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir au moins une majuscule.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir au moins un caractère spécial.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"L'e-mail {email} est déjà utilisé.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"L'identifiant {userName} est déjà utilisé.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"L'e-mail {email} est invalide.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"L'identifiant {userName} est invalide.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Lien invalide ou expiré.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Le compte a été modifié entre-temps ; rechargez la page.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"L'utilisateur a déjà le rôle {role}.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"L'utilisateur n'a pas le rôle {role}.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
