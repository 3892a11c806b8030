using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Accounting;
using Facturation.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Accounting;

/// <summary>
/// Create, edit, list and deactivate GL accounts. An account is never deleted and its number never changes
/// once created: exported journal entries refer to it.
/// </summary>
public sealed class GlAccountService(FacturationDb db)
{
    private const string NumberTaken = "Ce numéro est déjà utilisé par un autre compte.";

    public Task<PagedResult<GlAccount>> ListAsync(ListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var accounts = db.GlAccounts.AsNoTracking();
        if (!query.IncludeInactive)
        {
            accounts = accounts.Where(a => a.Active);
        }

        if (query.Term is { } term)
        {
            accounts = accounts.Where(a => a.Number.ToLower().Contains(term) || a.Label.ToLower().Contains(term));
        }

        return accounts.OrderBy(a => a.Number).ThenBy(a => a.Id).ToPageAsync(query, ct);
    }

    public async Task<GlAccount> GetAsync(int id, CancellationToken ct) =>
        await db.GlAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct)
        ?? throw DomainException.NotFound("gl_account", "Compte GL", id);

    public async Task<GlAccount> CreateAsync(GlAccountInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var account = new GlAccount(input.Number ?? string.Empty, input.Label ?? string.Empty, input.Kind);
        await UniqueCodeGuard.EnsureFreeAsync(NumberTakenAsync(account.Number, ct), nameof(GlAccount.Number), NumberTaken);
        db.GlAccounts.Add(account);
        await UniqueCodeGuard.SaveAsync(db, () => NumberTakenAsync(account.Number, ct), nameof(GlAccount.Number), NumberTaken, ct);
        return account;
    }

    public async Task<GlAccount> UpdateAsync(int id, GlAccountInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var account = await FindTrackedAsync(id, ct);
        if (!string.IsNullOrWhiteSpace(input.Number) && !string.Equals(input.Number.Trim(), account.Number, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("gl_account.number_fixed", "Le numéro d'un compte ne peut plus être modifié après sa création.", nameof(GlAccount.Number));
        }

        // Products credit their default account: it has to stay a revenue account while they use it.
        if (account.Kind == GlAccountKind.Revenue && input.Kind != GlAccountKind.Revenue
            && await db.Products.AnyAsync(p => p.DefaultGlAccountId == id, ct))
        {
            throw new DomainException("gl_account.kind_in_use", "Des produits utilisent ce compte par défaut : il doit rester un compte de produits.", nameof(GlAccount.Kind));
        }

        account.Update(input.Label ?? string.Empty, input.Kind);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        var account = await FindTrackedAsync(id, ct);
        account.SetActive(active);

        await db.SaveChangesAsync(ct);
    }

    private async Task<GlAccount> FindTrackedAsync(int id, CancellationToken ct) =>
        await db.GlAccounts.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw DomainException.NotFound("gl_account", "Compte GL", id);

    private Task<bool> NumberTakenAsync(string number, CancellationToken ct) =>
        db.GlAccounts.AsNoTracking().AnyAsync(a => a.Number == number, ct);
}
