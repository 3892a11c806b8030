using System.Security.Cryptography.X509Certificates;
using Facturation.Application.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Data-protection keys (cookies, antiforgery) live in the database so every instance shares them (ADR-024).
/// With <c>DataProtection:CertificatePath</c> (a PKCS#12 file, password in <c>DataProtection:CertificatePassword</c>)
/// they are encrypted at rest with that certificate; <c>DataProtection:PreviousCertificatePaths</c> (comma-separated)
/// still decrypts keys written under a rotated certificate. Without a certificate the keys stay readable by whoever
/// reads the database — the same people who can read every invoice — which ADR-024 accepts for single-server
/// installs; the framework's warning is then silenced deliberately (<see cref="UnencryptedWarningCategory"/>).
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection";

    /// <summary>The logger that warns "No XML encryptor configured" at every start.</summary>
    public const string UnencryptedWarningCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:CertificatePath"]);

    public static void AddFacturationDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection().SetApplicationName("Facturation").PersistKeysToDbContext<FacturationDb>();
        if (!IsConfigured(configuration))
        {
            return;
        }

        var password = configuration[$"{Section}:CertificatePassword"];
        var current = Load(configuration[$"{Section}:CertificatePath"]!, password);
        var previous = (configuration[$"{Section}:PreviousCertificatePaths"] ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(path => Load(path, password));
        builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"DataProtection: the certificate {path} has no private key; keys could not be decrypted.");
    }
}
