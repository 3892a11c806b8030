using Facturation.Application.Data;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests;

/// <summary>Reads the app's database: ids of the reference data seeded on first run, and what a request saved.</summary>
internal static class SeededData
{
    public static Task<T> QueryAsync<T>(this FacturationApp app, Func<FacturationDb, Task<T>> query) =>
        app.WithScopeAsync(s => query(s.GetRequiredService<FacturationDb>()));

    public static Task<int> TaxCodeIdAsync(this FacturationApp app, string code) =>
        app.QueryAsync(db => db.TaxCodes.Where(t => t.Code == code).Select(t => t.Id).SingleAsync());

    public static Task<int> GlAccountIdAsync(this FacturationApp app, string number) =>
        app.QueryAsync(db => db.GlAccounts.Where(a => a.Number == number).Select(a => a.Id).SingleAsync());

    public static Task<int> ProductIdAsync(this FacturationApp app, string code) =>
        app.QueryAsync(db => db.Products.Where(p => p.Code == code).Select(p => p.Id).SingleAsync());

    /// <summary>Lets documents be dated up to <paramref name="days"/> days back (the default is the day of issue only).</summary>
    public static Task<int> AllowBackdatingAsync(this FacturationApp app, int days) =>
        app.QueryAsync(async db =>
        {
            var company = await db.Companies.SingleAsync();
            company.UpdateDating(company.TimeZoneId, days);
            return await db.SaveChangesAsync();
        });

    /// <summary>Adds an entity straight to the database (test data that no screen under test creates).</summary>
    public static Task<int> AddAsync<T>(this FacturationApp app, T entity, Func<T, int> id)
        where T : class =>
        app.QueryAsync(async db =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
            return id(entity);
        });

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}
