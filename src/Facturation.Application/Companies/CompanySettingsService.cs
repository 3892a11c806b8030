using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Companies;

/// <summary>Reads and saves the settings of the one company that issues the documents, and its logo.</summary>
public sealed class CompanySettingsService(FacturationDb db, AuditJournal journal, CompanyTimeZoneCache zones)
{
    private const string DefaultLegalName = "Ma société";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    /// <summary>The company; before the first save of a fresh install, an unsaved one with the defaults.</summary>
    public async Task<Company> GetAsync(CancellationToken ct) =>
        await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(ct) ?? new Company(DefaultLegalName);

    public async Task<bool> HasLogoAsync(CancellationToken ct) =>
        await db.Companies.AnyAsync(c => c.Logo != null, ct);

    public async Task<CompanyLogo?> GetLogoAsync(CancellationToken ct)
    {
        var logo = await db.Companies.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Logo, c.LogoContentType }).FirstOrDefaultAsync(ct);
        return logo is { Logo: { } content, LogoContentType: { } type } ? new CompanyLogo(content, type) : null;
    }

    /// <summary>Identity and billing defaults are saved together or not at all.</summary>
    public async Task<Company> UpdateAsync(CompanySettingsInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var company = await FindOrAddAsync(ct);
        var identityBefore = AuditPayloads.CompanyIdentity(company);
        company.UpdateIdentity(input.ToIdentity());
        company.UpdateBillingDefaults(input.ToBillingDefaults());
        company.UpdateDating(input.TimeZoneId, input.BackdatingDays);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (CanonicalJson.Serialize(identityBefore) != CanonicalJson.Serialize(AuditPayloads.CompanyIdentity(company)))
        {
            await journal.AppendAsync(AuditEvents.CompanyIdentityChanged, null, AuditPayloads.CompanyIdentityChanged(identityBefore, AuditPayloads.CompanyIdentity(company)), ct);
        }

        await transaction.CommitAsync(ct);

        // This instance's requests see a new time zone at once; the others within CompanyTimeZoneCache.Lifetime.
        zones.Invalidate();
        return company;
    }

    /// <summary>
    /// The declared type must match the file's first bytes, so that what is served as an image is one
    /// (the browser's content type is only a claim).
    /// </summary>
    public async Task ReplaceLogoAsync(byte[] content, string contentType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var type = contentType?.Trim().ToLowerInvariant() switch
        {
            "image/jpg" or "image/pjpeg" => "image/jpeg",
            var other => other ?? string.Empty,
        };
        var matches = type switch
        {
            "image/png" => content.AsSpan().StartsWith(PngSignature),
            "image/jpeg" => content.AsSpan().StartsWith(JpegSignature),
            _ => true, // the aggregate refuses any other type with its own message
        };
        if (!matches)
        {
            throw new DomainException("company.logo_content", "Le fichier n'est pas une image PNG ou JPEG valide.", nameof(Company.Logo));
        }

        var company = await FindOrAddAsync(ct);
        company.ReplaceLogo(content, type);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveLogoAsync(CancellationToken ct)
    {
        var company = await FindOrAddAsync(ct);
        company.RemoveLogo();
        await db.SaveChangesAsync(ct);
    }

    private async Task<Company> FindOrAddAsync(CancellationToken ct)
    {
        var company = await db.Companies.OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (company is null)
        {
            company = new Company(DefaultLegalName);
            db.Companies.Add(company);
        }

        return company;
    }
}
