using Facturation.Application.Archiving;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Facturation.Application.Setup;

/// <summary>
/// Runs at every start: applies pending migrations, makes sure the roles and the first administrator exist, and
/// seeds the company (demo data on the very first run only) — all under a <see cref="StartupLock"/>, so that
/// instances starting together on one database do it one after the other.
/// </summary>
public sealed class DatabaseInitializer(
    FacturationDb db,
    RoleManager<IdentityRole> roles,
    AdministratorBootstrapper administrator,
    ReferenceDataSeeder seeder,
    ArchiveBlobMover archives,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var startup = await StartupLock.AcquireAsync(db, ct);
        await ApplyMigrationsAsync(ct);
    }

    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var startup = await StartupLock.AcquireAsync(db, ct);
        await ApplyMigrationsAsync(ct);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await administrator.EnsureAsync(ct);
        await seeder.EnsureNumberingSeriesAsync(ct);
        await seeder.SeedOnFirstRunAsync(ct);
    }

    private async Task ApplyMigrationsAsync(CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (lists) go on while a writer (finalization) holds the lock.
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(ArchiveStoreMigration.SqliteGuardSql, ct);
        }

        // Archive rows written before the archive store still hold their bytes: move them out (ADR-025).
        if (await archives.MoveAsync(ct) is var moved and > 0)
        {
            logger.LogInformation("Moved {Count} archived file(s) from the database to the archive store", moved);
        }
    }
}
