using System.Collections.Concurrent;
using System.Security.Claims;
using Facturation.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Adds the display name and the "must change password" flag to the signed-in user's claims, and keeps each user's
/// claims while the user row is unchanged: the security-stamp check (every 5 s per session) and every API call would
/// otherwise read the user's roles, each role and the user's claims again (four queries per request).
/// </summary>
/// <remarks>
/// The cache key is the user's security stamp and concurrency stamp: Identity renews the concurrency stamp on every
/// <see cref="UserManager{TUser}.UpdateAsync"/>, which role changes, lockouts, password and name changes all go
/// through, so a changed user is read afresh on this instance and on every other one. One entry per user, replaced
/// on change: the cache never grows beyond the number of users.
/// </remarks>
public sealed class AppClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, UserClaimsCache cache)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "facturation:display_name";
    public const string MustChangePasswordClaim = "facturation:must_change_password";

    public override async Task<ClaimsPrincipal> CreateAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var version = $"{user.SecurityStamp}|{user.ConcurrencyStamp}";
        if (cache.Find(user.Id, version) is not { } cached)
        {
            var identity = await GenerateClaimsAsync(user);
            cached = new UserClaimsCache.Entry(version, identity.AuthenticationType, [.. identity.Claims.Select(c => new Claim(c.Type, c.Value, c.ValueType, c.Issuer))]);
            cache.Store(user.Id, cached);
        }

        // A new identity per call: callers add claims to it (the cookie handler, the bearer handler's copy).
        return new ClaimsPrincipal(new ClaimsIdentity(cached.Claims, cached.AuthenticationType, Options.ClaimsIdentity.UserNameClaimType, Options.ClaimsIdentity.RoleClaimType));
    }

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrEmpty(user.DisplayName) ? user.Email ?? string.Empty : user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}

/// <summary>The claims of each user as last generated, with the version of the user row they were generated from.</summary>
public sealed class UserClaimsCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Entry? Find(string userId, string version) =>
        _entries.TryGetValue(userId, out var entry) && entry.Version == version ? entry : null;

    public void Store(string userId, Entry entry) => _entries[userId] = entry;

    public sealed record Entry(string Version, string? AuthenticationType, IReadOnlyList<Claim> Claims);
}
