using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Accounting;

/// <summary>Reads and saves the accounting export settings: the company's accounts and journals, and each tax code's VAT account.</summary>
public sealed class AccountingSettingsService(FacturationDb db)
{
    public async Task<AccountingSettingsInput> GetAsync(CancellationToken ct)
    {
        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        var taxCodes = await db.TaxCodes.AsNoTracking().OrderBy(t => t.Code).ToListAsync(ct);
        return AccountingSettingsInput.From(company?.Accounting ?? AccountingSettings.Default, taxCodes);
    }

    /// <summary>The company's accounts and every tax code's VAT account are saved together or not at all.</summary>
    public async Task UpdateAsync(AccountingSettingsInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var company = await db.Companies.OrderBy(c => c.Id).FirstOrDefaultAsync(ct)
            ?? throw DomainException.Conflict("company.missing", "Enregistrez d'abord les paramètres de la société.");
        company.UpdateAccounting(input.ToSettings());
        var taxCodes = await db.TaxCodes.ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, ct);
        for (var i = 0; i < input.TaxCodes.Count; i++)
        {
            var row = input.TaxCodes[i];
            var field = $"{nameof(AccountingSettingsInput.TaxCodes)}[{i}].{nameof(TaxCodeAccountInput.VatAccount)}";
            if (row.Code is null || !taxCodes.TryGetValue(row.Code, out var taxCode))
            {
                throw new DomainException("tax_code.not_found", $"Code de taxe {row.Code} introuvable.", field);
            }

            taxCode.AssignVatAccount(row.VatAccount, field);
        }

        await db.SaveChangesAsync(ct);
    }
}
