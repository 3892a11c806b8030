using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Data;

/// <summary>Each provider's migrations apply on a real database (SQLite file, PostgreSQL server) or script (SQL Server).</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Sqlite_start_applies_every_migration_and_seeds_once()
    {
        await using var app = new FacturationApp();
        await app.ApiClientAsync(Roles.Accountant);

        var pending = await app.WithScopeAsync(async s => (await s.GetRequiredService<FacturationDb>().Database.GetPendingMigrationsAsync()).ToList());
        var customers = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Customers.CountAsync());
        var taxCodes = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().TaxCodes.Select(t => t.Code).ToListAsync());

        Assert.True(File.Exists(app.SqliteFile));
        Assert.Empty(pending);
        Assert.Equal(5, customers);
        Assert.Equal(["AUTOLIQ", "EXPORT", "QC", "TVA0", "TVA10", "TVA2.1", "TVA20", "TVA5.5", "UE"], taxCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Second_start_on_the_same_database_seeds_nothing_more()
    {
        var directory = Path.Combine(Path.GetTempPath(), "facturation-tests", Guid.NewGuid().ToString("N"));
        await using (var first = new FacturationApp().With("Database:DataDirectory", directory))
        {
            first.CreateClient();
        }

        await using var second = new FacturationApp().With("Database:DataDirectory", directory);
        second.CreateClient();

        var counts = await second.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<FacturationDb>();
            return (await db.Companies.CountAsync(), await db.Customers.CountAsync(), await db.TaxCodes.CountAsync(), await db.Users.CountAsync());
        });
        Assert.Equal((1, 5, 9, 3), counts);
    }

    [PostgresFact]
    public async Task PostgreSql_start_migrates_seeds_and_serves_the_api()
    {
        await using var database = await PostgresDatabase.CreateAsync("migrations");
        await using var app = new FacturationApp()
            .With("Database:Provider", "PostgreSql")
            .With("ConnectionStrings:Default", database.ConnectionString);
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/customers?search=dupont");
        var created = await api.PostAsJsonAsync("/api/v1/customers", new
        {
            code = "PG-1",
            name = "Client PostgreSQL",
            kind = "Company",
            siren = TestCustomers.Siren,
            billingAddress = new { line1 = "1 rue", postalCode = "75001", city = "Paris", country = "FR" },
            contacts = new[] { new { name = "Contact", email = "c@pg.example", isBillingContact = true } },
        });
        var duplicate = await api.PostAsJsonAsync("/api/v1/customers", new
        {
            code = "pg-1",
            name = "Doublon",
            kind = "Company",
            siren = TestCustomers.Siren,
            billingAddress = new { line1 = "1 rue", postalCode = "75001", city = "Paris", country = "FR" },
        });
        var pending = await app.WithScopeAsync(async s => (await s.GetRequiredService<FacturationDb>().Database.GetPendingMigrationsAsync()).Count());

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(0, pending);
        Assert.True(await app.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<FacturationDb>().Database.IsNpgsql())));
    }

    [PostgresFact]
    public async Task PostgreSql_case_insensitive_search_matches_accented_names()
    {
        await using var database = await PostgresDatabase.CreateAsync("search");
        await using var app = new FacturationApp()
            .With("Database:Provider", "PostgreSql")
            .With("ConnectionStrings:Default", database.ConnectionString);
        var api = await app.ApiClientAsync(Roles.Accountant);

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/customers?search=CAFÉ");

        Assert.Equal("MTL-CAFE", list.GetProperty("items")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void SqlServer_migrations_script_is_generated_offline()
    {
        var options = new DbContextOptionsBuilder<FacturationDb>();
        DatabaseConfiguration.Apply(options, DatabaseProvider.SqlServer, "Server=unused;Database=Facturation;TrustServerCertificate=True");
        using var db = new FacturationDb(options.Options);

        var script = db.GetInfrastructure().GetRequiredService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Customers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Customers_Code]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [DataProtectionKeys]", script, StringComparison.Ordinal);

    }

    [Fact]
    public void Every_provider_has_the_same_migrations()
    {
        static List<string> Names(DatabaseProvider provider, string connection)
        {
            var options = new DbContextOptionsBuilder<FacturationDb>();
            DatabaseConfiguration.Apply(options, provider, connection);
            using var db = new FacturationDb(options.Options);
            return db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
        }

        var sqlite = Names(DatabaseProvider.Sqlite, "Data Source=:memory:");
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, Names(DatabaseProvider.SqlServer, "Server=unused"));
        Assert.Equal(sqlite, Names(DatabaseProvider.PostgreSql, "Host=unused"));
    }
}
