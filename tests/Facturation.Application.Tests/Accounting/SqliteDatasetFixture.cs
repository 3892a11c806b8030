namespace Facturation.Application.Tests.Accounting;

/// <summary>One reference data set on a SQLite file, shared by the tests of a class (they only read it).</summary>
public sealed class SqliteDatasetFixture : IAsyncLifetime
{
    public ExportedDataset Dataset { get; private set; } = null!;

    public async Task InitializeAsync() => Dataset = await ExportedDataset.SqliteAsync();

    public async Task DisposeAsync() => await Dataset.DisposeAsync();
}
