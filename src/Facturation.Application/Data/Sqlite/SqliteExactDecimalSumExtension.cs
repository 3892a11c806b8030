using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Data.Sqlite;

/// <summary>Registers <see cref="SqliteExactDecimalSumTranslator"/> ahead of the provider's own aggregate translators.</summary>
internal sealed class SqliteExactDecimalSumExtension : IDbContextOptionsExtension
{
    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services) =>
        new EntityFrameworkRelationalServicesBuilder(services).TryAdd<IAggregateMethodCallTranslatorPlugin, Plugin>();

    public void Validate(IDbContextOptions options)
    {
    }

    public static void AddTo(DbContextOptionsBuilder options) =>
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new SqliteExactDecimalSumExtension());

    private sealed class Plugin(ISqlExpressionFactory sql) : IAggregateMethodCallTranslatorPlugin
    {
        public IEnumerable<IAggregateMethodCallTranslator> Translators { get; } = [new SqliteExactDecimalSumTranslator(sql)];
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "ExactDecimalSum ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["Facturation:ExactDecimalSum"] = "1";
    }
}
