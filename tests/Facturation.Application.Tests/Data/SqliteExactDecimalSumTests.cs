using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Data;

/// <summary>
/// Sums of stored decimals on SQLite run as native integer sums in SQL (no per-row .NET <c>ef_sum</c>) and stay exact:
/// checked against the same sums computed in .NET over the loaded values, on a real SQLite file.
/// </summary>
public sealed class SqliteExactDecimalSumTests : IAsyncLifetime
{
    // Four decimals (the model's maximum), large and tiny values, a value whose double is not exact (0.1).
    private static readonly decimal[] Prices = [1234.5678m, 0.0001m, 99_999_999.9999m, 0.1m, 0.2m, 19.99m, 250m, 0.0049m];

    private InvoicingDatabase _database = null!;
    private string _prefix = null!;

    public async Task InitializeAsync()
    {
        _database = await InvoicingDatabase.SqliteAsync();
        _prefix = "SUM" + Guid.NewGuid().ToString("N")[..6];
        await _database.WithDbAsync(async db =>
        {
            for (var i = 0; i < Prices.Length; i++)
            {
                db.Products.Add(new Product(new ProductDetails($"{_prefix}-{i}", $"Produit {i}", null, "u", Prices[i], i % 2 == 0 ? decimal.Round(Prices[i] / 3, 4) : null, null, null)));
            }

            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Sums_of_stored_decimals_are_native_integer_sums_in_sql_and_exact()
    {
        var (sum, negated, costs, loaded) = await _database.WithDbAsync(async db =>
        {
            var products = db.Products.Where(p => p.Code.StartsWith(_prefix));
            return (
                await products.SumAsync(p => p.UnitPrice),
                await products.SumAsync(p => -p.UnitPrice),
                await products.SumAsync(p => p.CostPrice),
                await products.Select(p => new { p.UnitPrice, p.CostPrice }).ToListAsync());
        });

        Assert.Equal(loaded.Sum(p => p.UnitPrice), sum);
        Assert.Equal(100_001_504.8627m, sum);
        Assert.Equal(-sum, negated);
        Assert.Equal(loaded.Sum(p => p.CostPrice), costs);
    }

    [Fact]
    public async Task Conditional_and_grouped_sums_match_the_sums_computed_in_dotnet()
    {
        var (grouped, loaded) = await _database.WithDbAsync(async db =>
        {
            var products = db.Products.Where(p => p.Code.StartsWith(_prefix));
            var query = products.GroupBy(_ => 1).Select(g => new
            {
                Signed = g.Sum(p => p.CostPrice == null ? -p.UnitPrice : p.UnitPrice),
                Large = g.Where(p => p.UnitPrice > 100m).Sum(p => p.UnitPrice),
                Distinct = g.Select(p => p.Unit == "u" ? 1m : 0m).Distinct().Sum(),
            });
            return (await query.SingleAsync(), await products.Select(p => new { p.UnitPrice, p.CostPrice }).ToListAsync());
        });

        Assert.Equal(loaded.Sum(p => p.CostPrice == null ? -p.UnitPrice : p.UnitPrice), grouped.Signed);
        Assert.Equal(loaded.Where(p => p.UnitPrice > 100m).Sum(p => p.UnitPrice), grouped.Large);
        Assert.Equal(1m, grouped.Distinct);
    }

    [Fact]
    public async Task The_sql_uses_integer_sums_for_stored_values_and_keeps_ef_sum_for_computed_ones()
    {
        var (stored, signed, computed, computedSum, loaded) = await _database.WithDbAsync(async db =>
        {
            var products = db.Products.Where(p => p.Code.StartsWith(_prefix));
            return (
                products.GroupBy(_ => 1).Select(g => g.Sum(p => p.UnitPrice)).ToQueryString(),
                products.GroupBy(_ => 1).Select(g => g.Sum(p => p.CostPrice == null ? -p.UnitPrice : p.UnitPrice)).ToQueryString(),
                products.GroupBy(_ => 1).Select(g => g.Sum(p => p.UnitPrice * 1.055m)).ToQueryString(),
                await products.SumAsync(p => p.UnitPrice * 1.055m),
                await products.Select(p => p.UnitPrice).ToListAsync());
        });

        Assert.Contains("SUM(CAST(round(CAST(", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("ef_sum", stored, StringComparison.Ordinal);
        Assert.Contains("SUM(CASE", signed, StringComparison.Ordinal);
        Assert.Contains("round(CAST(", signed, StringComparison.Ordinal);
        Assert.DoesNotContain("ef_sum", signed, StringComparison.Ordinal);
        Assert.DoesNotContain("ef_negate", signed, StringComparison.Ordinal);
        Assert.Contains("ef_sum", computed, StringComparison.Ordinal);
        Assert.Equal(loaded.Sum(p => p * 1.055m), computedSum);
    }

    [Fact]
    public async Task An_empty_set_sums_to_zero()
    {
        var (sum, nullable) = await _database.WithDbAsync(async db =>
        {
            var none = db.Products.Where(p => p.Code == "NO-SUCH-PRODUCT");
            return (await none.SumAsync(p => p.UnitPrice), await none.SumAsync(p => p.CostPrice));
        });

        Assert.Equal(0m, sum);
        Assert.Equal(0m, nullable);
    }
}
