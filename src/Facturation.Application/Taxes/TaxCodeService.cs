using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Taxes;

/// <summary>
/// Create, edit, list and deactivate tax codes. A code is never deleted and its code never changes once
/// created: documents and integrations refer to it.
/// </summary>
public sealed class TaxCodeService(FacturationDb db)
{
    private const string CodeTaken = "Ce code est déjà utilisé par un autre code de taxe.";

    public Task<PagedResult<TaxCode>> ListAsync(ListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var taxCodes = db.TaxCodes.AsNoTracking();
        if (!query.IncludeInactive)
        {
            taxCodes = taxCodes.Where(t => t.Active);
        }

        if (query.Term is { } term)
        {
            taxCodes = taxCodes.Where(t => t.Code.ToLower().Contains(term) || t.Label.ToLower().Contains(term));
        }

        return taxCodes.OrderBy(t => t.Code).ThenBy(t => t.Id).ToPageAsync(query, ct);
    }

    public async Task<TaxCode> GetAsync(int id, CancellationToken ct) =>
        await db.TaxCodes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct)
        ?? throw DomainException.NotFound("tax_code", "Code de taxe", id);

    public async Task<TaxCode> CreateAsync(TaxCodeInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var taxCode = new TaxCode(input.Code ?? string.Empty, input.Label ?? string.Empty, input.ToComponents(), input.ExemptionMention, input.Category, input.ExemptionReasonCode);
        await UniqueCodeGuard.EnsureFreeAsync(CodeTakenAsync(taxCode.Code, ct), nameof(TaxCode.Code), CodeTaken);
        db.TaxCodes.Add(taxCode);
        await UniqueCodeGuard.SaveAsync(db, () => CodeTakenAsync(taxCode.Code, ct), nameof(TaxCode.Code), CodeTaken, ct);
        return taxCode;
    }

    public async Task<TaxCode> UpdateAsync(int id, TaxCodeInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var taxCode = await FindTrackedAsync(id, ct);
        if (!string.IsNullOrWhiteSpace(input.Code) && !string.Equals(input.Code.Trim(), taxCode.Code, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("tax_code.code_fixed", "Le code d'un code de taxe ne peut plus être modifié après sa création.", nameof(TaxCode.Code));
        }

        taxCode.Update(input.Label ?? string.Empty, input.ToComponents(), input.ExemptionMention, input.Category, input.ExemptionReasonCode);
        await db.SaveChangesAsync(ct);
        return taxCode;
    }

    public async Task SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        var taxCode = await FindTrackedAsync(id, ct);
        taxCode.SetActive(active);

        await db.SaveChangesAsync(ct);
    }

    private async Task<TaxCode> FindTrackedAsync(int id, CancellationToken ct) =>
        await db.TaxCodes.SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw DomainException.NotFound("tax_code", "Code de taxe", id);

    private Task<bool> CodeTakenAsync(string code, CancellationToken ct) =>
        db.TaxCodes.AsNoTracking().AnyAsync(t => t.Code == code, ct);
}
