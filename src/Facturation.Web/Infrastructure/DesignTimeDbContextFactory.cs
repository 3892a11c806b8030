using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Used by <c>dotnet ef</c> only: the provider comes from <c>Database__Provider</c> and the connection string
/// is a placeholder (adding migrations and scripting them never connects).
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FacturationDb>
{
    public FacturationDb CreateDbContext(string[] args)
    {
        var provider = Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("Database__Provider"), ignoreCase: true, out var p)
            ? p
            : DatabaseProvider.Sqlite;
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__Default") ?? provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.SqlServer => "Server=localhost;Database=Facturation;Trusted_Connection=True;TrustServerCertificate=True",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=facturation;Username=postgres",
        };
        var options = new DbContextOptionsBuilder<FacturationDb>();
        DatabaseConfiguration.Apply(options, provider, connection);
        return new FacturationDb(options.Options);
    }
}
