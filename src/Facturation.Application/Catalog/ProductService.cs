using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Accounting;
using Facturation.Domain.Catalog;
using Facturation.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Catalog;

/// <summary>Create, edit, list and deactivate products. Products are never hard-deleted.</summary>
public sealed class ProductService(FacturationDb db)
{
    private const string CodeTaken = "Ce code est déjà utilisé par un autre produit.";

    public Task<PagedResult<Product>> ListAsync(ListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var products = db.Products.AsNoTracking();
        if (!query.IncludeInactive)
        {
            products = products.Where(p => p.Active);
        }

        if (query.Term is { } term)
        {
            products = products.Where(p =>
                p.Code.ToLower().Contains(term) || p.Label.ToLower().Contains(term)
                || (p.Description != null && p.Description.ToLower().Contains(term)));
        }

        return products.OrderBy(p => p.Code).ThenBy(p => p.Id).ToPageAsync(query, ct);
    }

    public async Task<Product> GetAsync(int id, CancellationToken ct) =>
        await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
        ?? throw DomainException.NotFound("product", "Produit", id);

    /// <summary>Every tax code and revenue account, for the form's selects and for showing names in lists.</summary>
    public async Task<ProductReferences> ReferencesAsync(CancellationToken ct)
    {
        var taxCodes = await db.TaxCodes.AsNoTracking().OrderBy(t => t.Code)
            .Select(t => new ReferenceOption(t.Id, t.Code + " – " + t.Label, t.Active)).ToListAsync(ct);
        var accounts = await db.GlAccounts.AsNoTracking().Where(a => a.Kind == GlAccountKind.Revenue).OrderBy(a => a.Number)
            .Select(a => new ReferenceOption(a.Id, a.Number + " – " + a.Label, a.Active)).ToListAsync(ct);
        return new ProductReferences(taxCodes, accounts);
    }

    public async Task<Product> CreateAsync(ProductInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var product = new Product(input.ToDetails());
        await EnsureReferencesAsync(product, previous: null, ct);
        await UniqueCodeGuard.EnsureFreeAsync(CodeTakenAsync(product.Code, null, ct), nameof(Product.Code), CodeTaken);
        db.Products.Add(product);
        await UniqueCodeGuard.SaveAsync(db, () => CodeTakenAsync(product.Code, null, ct), nameof(Product.Code), CodeTaken, ct);
        return product;
    }

    public async Task<Product> UpdateAsync(int id, ProductInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var product = await FindTrackedAsync(id, ct);
        var previous = (product.DefaultTaxCodeId, product.DefaultGlAccountId);
        product.Update(input.ToDetails());
        await EnsureReferencesAsync(product, previous, ct);
        await UniqueCodeGuard.EnsureFreeAsync(CodeTakenAsync(product.Code, id, ct), nameof(Product.Code), CodeTaken);
        await UniqueCodeGuard.SaveAsync(db, () => CodeTakenAsync(product.Code, id, ct), nameof(Product.Code), CodeTaken, ct);
        return product;
    }

    public async Task SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        var product = await FindTrackedAsync(id, ct);
        product.SetActive(active);

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The defaults must exist, and a newly chosen one must be active; a product keeps a default that was
    /// deactivated after it was chosen. The account must be a revenue account: it is credited by the invoice line.
    /// </summary>
    private async Task EnsureReferencesAsync(Product product, (int? TaxCodeId, int? GlAccountId)? previous, CancellationToken ct)
    {
        if (product.DefaultTaxCodeId is { } taxCodeId)
        {
            var taxCode = await db.TaxCodes.AsNoTracking().Where(t => t.Id == taxCodeId).Select(t => new { t.Active }).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("product.tax_code_unknown", "Ce code de taxe n'existe pas.", nameof(Product.DefaultTaxCodeId));
            if (!taxCode.Active && previous?.TaxCodeId != taxCodeId)
            {
                throw new DomainException("product.tax_code_inactive", "Ce code de taxe est désactivé : choisissez-en un autre.", nameof(Product.DefaultTaxCodeId));
            }
        }

        if (product.DefaultGlAccountId is { } accountId)
        {
            var account = await db.GlAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => new { a.Active, a.Kind }).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("product.gl_account_unknown", "Ce compte GL n'existe pas.", nameof(Product.DefaultGlAccountId));
            if (account.Kind != GlAccountKind.Revenue)
            {
                throw new DomainException("product.gl_account_kind", "Le compte par défaut d'un produit doit être un compte de produits (ventes ou prestations).", nameof(Product.DefaultGlAccountId));
            }

            if (!account.Active && previous?.GlAccountId != accountId)
            {
                throw new DomainException("product.gl_account_inactive", "Ce compte GL est désactivé : choisissez-en un autre.", nameof(Product.DefaultGlAccountId));
            }
        }
    }

    private async Task<Product> FindTrackedAsync(int id, CancellationToken ct) =>
        await db.Products.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("product", "Produit", id);

    private Task<bool> CodeTakenAsync(string code, int? exceptId, CancellationToken ct) =>
        db.Products.AsNoTracking().AnyAsync(p => p.Code == code && p.Id != exceptId, ct);
}
