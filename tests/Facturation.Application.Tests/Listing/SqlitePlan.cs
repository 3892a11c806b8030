using System.Data.Common;
using System.Globalization;

namespace Facturation.Application.Tests.Listing;

/// <summary>SQLite's plan of a query EF wrote (InvoiceListPlanTests, PaymentJournalPlanTests).</summary>
internal static class SqlitePlan
{
    /// <summary>
    /// The steps of EXPLAIN QUERY PLAN of EF's query string (its ".param set" lines become parameters): the top-level
    /// ones only, or every step (a subquery's, a correlated column's), one a line.
    /// </summary>
    public static async Task<string> ExplainAsync(DbConnection connection, string queryString, bool topLevelOnly)
    {
        await using var command = connection.CreateCommand();
        var lines = queryString.Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line.Trim().Split(' ', 4);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[2];
            parameter.Value = long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : parts[3].Trim('\'');
            command.Parameters.Add(parameter);
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            if (!topLevelOnly || reader.GetInt64(1) == 0)
            {
                plan.Add(reader.GetString(3));
            }
        }

        return string.Join('\n', plan);
    }
}
