using Facturation.Application.Archiving;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Facturation.Testing;

/// <summary>Reads an archived file from the app's archive store (ADR-025) by the name its row holds.</summary>
public static class ArchivedFileReading
{
    public static async Task<byte[]> ReadArchivedAsync(this IServiceProvider services, string? blobName)
    {
        ArgumentNullException.ThrowIfNull(services);
        Assert.NotNull(blobName);
        var bytes = await services.GetRequiredService<IArchiveStore>().ReadAsync(blobName, CancellationToken.None);
        Assert.NotNull(bytes);
        return bytes;
    }
}
