using Facturation.Application.Audit;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Identity;

/// <summary>
/// Accounts as administrators manage them. New and reset accounts get a generated password that is shown
/// once and must be changed at first login. The last administrator can never be demoted or locked out.
/// </summary>
public sealed class UserAdministrationService(UserManager<AppUser> users, FacturationDb db, AuditJournal journal)
{
    public async Task<List<UserSummary>> ListAsync(CancellationToken ct)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var result = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            result.Add(await SummarizeAsync(user));
        }

        return result;
    }

    public async Task<UserSummary> GetAsync(string id, CancellationToken ct) =>
        await SummarizeAsync(await FindAsync(id));

    public async Task<(UserSummary User, string Password)> CreateAsync(UserInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var email = input.Email?.Trim() ?? string.Empty;
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new DomainException("user.email_taken", "Un utilisateur existe déjà avec cet e-mail.", nameof(UserInput.Email));
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = input.DisplayName?.Trim() ?? email, MustChangePassword = true };
        var password = PasswordGenerator.Generate();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.CreateAsync(user, password), nameof(UserInput.Email));
        Check(await users.AddToRolesAsync(user, input.Roles.Distinct()), nameof(UserInput.Roles));
        await journal.AppendAsync(AuditEvents.UserRolesChanged, null, AuditPayloads.UserRolesChanged(user.Id, user.Email, [], input.Roles.Distinct()), ct);
        await transaction.CommitAsync(ct);
        return (await SummarizeAsync(user), password);
    }

    public async Task UpdateAsync(string id, UserInput input, string actingUserId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await FindAsync(id);
        var current = await users.GetRolesAsync(user);
        var wanted = input.Roles.Distinct().ToList();
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin))
        {
            await EnsureAnotherAdminAsync(user, nameof(UserInput.Roles));
            if (user.Id == actingUserId)
            {
                throw new DomainException("user.self_demotion", "Vous ne pouvez pas retirer votre propre rôle d'administrateur.", nameof(UserInput.Roles));
            }
        }

        user.DisplayName = input.DisplayName?.Trim() ?? user.DisplayName;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.UpdateAsync(user), nameof(UserInput.DisplayName));
        Check(await users.RemoveFromRolesAsync(user, current.Except(wanted)), nameof(UserInput.Roles));
        Check(await users.AddToRolesAsync(user, wanted.Except(current)), nameof(UserInput.Roles));
        if (!current.ToHashSet().SetEquals(wanted))
        {
            await journal.AppendAsync(AuditEvents.UserRolesChanged, null, AuditPayloads.UserRolesChanged(user.Id, user.Email, current, wanted), ct);
        }

        await transaction.CommitAsync(ct);
    }

    public async Task SetLockedAsync(string id, bool locked, string actingUserId)
    {
        var user = await FindAsync(id);
        if (locked)
        {
            if (user.Id == actingUserId)
            {
                throw DomainException.Conflict("user.self_lock", "Vous ne pouvez pas désactiver votre propre compte.");
            }

            if (await users.IsInRoleAsync(user, Roles.Admin))
            {
                await EnsureAnotherAdminAsync(user, null);
            }
        }

        Check(await users.SetLockoutEnabledAsync(user, true), null);
        Check(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null), null);
        if (!locked)
        {
            Check(await users.ResetAccessFailedCountAsync(user), null);
        }

        // Ends the sessions of a locked account at their next security-stamp check.
        Check(await users.UpdateSecurityStampAsync(user), null);
    }

    public async Task<string> ResetPasswordAsync(string id)
    {
        var user = await FindAsync(id);
        var password = PasswordGenerator.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, password), null);
        user.MustChangePassword = true;
        Check(await users.UpdateAsync(user), null);
        return password;
    }

    private async Task EnsureAnotherAdminAsync(AppUser user, string? field)
    {
        var now = DateTimeOffset.UtcNow;
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        if (!admins.Any(a => a.Id != user.Id && (a.LockoutEnd is null || a.LockoutEnd <= now)))
        {
            throw new DomainException("user.last_admin", "Il doit rester au moins un administrateur actif.", field, field is null ? DomainErrorKind.Conflict : DomainErrorKind.Invalid);
        }
    }

    private async Task<AppUser> FindAsync(string id) =>
        await users.FindByIdAsync(id) ?? throw DomainException.NotFound("user", "Utilisateur", id);

    private async Task<UserSummary> SummarizeAsync(AppUser user)
    {
        var roles = await users.GetRolesAsync(user);
        var locked = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
        return new UserSummary(user.Id, user.Email ?? string.Empty, user.DisplayName, roles.Order().ToList(), locked, user.MustChangePassword);
    }

    private static void Check(IdentityResult result, string? field)
    {
        if (!result.Succeeded)
        {
            throw new DomainException("user.invalid", string.Join(" ", result.Errors.Select(e => e.Description)), field);
        }
    }
}
