using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Facturation.Application.Data;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Operations;

public sealed class KeyProtectionTests : IDisposable
{
    private const string Password = "Cert-Password-2026";
    private readonly string _folder = Directory.CreateTempSubdirectory("facturation-cert-").FullName;

    [Fact]
    public async Task With_a_certificate_the_keys_stored_in_the_database_are_encrypted_and_sign_in_works()
    {
        var certificate = WriteCertificate("current.pfx");
        await using var app = new FacturationApp().With("DataProtection:CertificatePath", certificate).With("DataProtection:CertificatePassword", Password);

        var client = await app.SignInAsAdminAsync();
        var home = await client.GetAsync("/");
        var keys = await app.WithScopeAsync(services => services.GetRequiredService<FacturationDb>().DataProtectionKeys.AsNoTracking().Select(key => key.Xml).ToListAsync());

        Assert.True(home.IsSuccessStatusCode);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml!, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_certificate_without_its_private_key_is_refused_at_start_with_a_clear_message()
    {
        var publicOnly = Path.Combine(_folder, "public-only.pfx");
        using (var full = X509CertificateLoader.LoadPkcs12FromFile(WriteCertificate("full.pfx"), Password))
        using (var withoutKey = X509CertificateLoader.LoadCertificate(full.Export(X509ContentType.Cert)))
        {
            await File.WriteAllBytesAsync(publicOnly, withoutKey.Export(X509ContentType.Pfx, Password));
        }

        await using var app = new FacturationApp().With("DataProtection:CertificatePath", publicOnly).With("DataProtection:CertificatePassword", Password);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("has no private key", error.ToString(), StringComparison.Ordinal);
    }

    private string WriteCertificate(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Facturation data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
