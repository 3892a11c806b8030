using System.Security.Cryptography;
using System.Text;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Identity;

/// <summary>Issues, lists, revokes and checks personal API tokens (<c>Authorization: Bearer …</c>).</summary>
public sealed class ApiTokenService(FacturationDb db, TimeProvider clock)
{
    private const string TokenPrefix = "fct_";

    public async Task<IssuedApiToken> CreateAsync(string userId, string? name, CancellationToken ct)
    {
        var label = string.IsNullOrWhiteSpace(name) ? "Jeton API" : name.Trim();
        if (label.Length > 100)
        {
            throw new DomainException("token.name_too_long", "Le nom du jeton ne doit pas dépasser 100 caractères.", "Name");
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            throw DomainException.NotFound("user", "Utilisateur", userId);
        }

        var value = TokenPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken(userId, label, Hash(value), value[..12], clock.GetUtcNow().UtcDateTime);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new IssuedApiToken(token, value);
    }

    public Task<List<ApiToken>> ListAsync(string userId, CancellationToken ct) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAtUtc).ToListAsync(ct);

    /// <summary>Revokes one of the user's own tokens; another user's token id is "not found", not "forbidden".</summary>
    public async Task RevokeAsync(string userId, int tokenId, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct)
            ?? throw DomainException.NotFound("api_token", "Jeton", tokenId);
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The user a presented token belongs to, or null if it is unknown, revoked, or its user is locked out.</summary>
    public async Task<AppUser?> AuthenticateAsync(string presented, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(presented) || !presented.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        // The token and its user in one round trip: this runs before every API request.
        var hash = Hash(presented.Trim());
        var match = await (from t in db.ApiTokens
                           where t.Hash == hash && t.RevokedAtUtc == null
                           join u in db.Users on t.UserId equals u.Id
                           select new { Token = t, User = u }).SingleOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        if (match is not { Token: var token, User: var user } || (user.LockoutEnd is { } end && end > now))
        {
            return null;
        }

        // Recording every use would turn each API read into a write; once a minute is enough to show activity.
        if (token.LastUsedAtUtc is null || now.UtcDateTime - token.LastUsedAtUtc > TimeSpan.FromMinutes(1))
        {
            token.MarkUsed(now.UtcDateTime);
            await db.SaveChangesAsync(ct);
        }

        return user;
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
