using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Facturation.Application.Generation;

/// <summary>
/// Inserts entities built by the domain with multi-row, parameterized <c>INSERT … VALUES (…), (…)</c> statements on
/// the caller's connection and transaction. Table, columns, value conversions and parameter types all come from the
/// EF model (the same type mappings <c>SaveChanges</c> uses), so what lands in the table is what EF would have
/// written — without change tracking, one round trip per few hundred rows. Keys are set by the caller
/// (<see cref="EntityKeys"/>); shadow foreign keys and overridden columns are supplied per row.
/// </summary>
public sealed class BulkTableWriter<T>
    where T : class
{
    // SQLite allows 32,766 variables per statement, PostgreSQL 65,535 parameters.
    private const int MaxParameters = 30_000;
    private const int MaxRowsPerStatement = 500;

    private readonly List<Column> _columns;
    private readonly string _prefix;
    private readonly int _rowsPerStatement;

    public BulkTableWriter(DbContext db, IReadOnlyDictionary<string, Func<T, object?>>? values = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        values ??= new Dictionary<string, Func<T, object?>>();
        _columns = [];
        foreach (var property in entityType.GetProperties())
        {
            var value = values.TryGetValue(property.Name, out var supplied) ? supplied : Getter(property, container: null);
            _columns.Add(new Column(property.GetColumnName(table)!, property.GetRelationalTypeMapping(), value, property.IsNullable));
        }

        foreach (var complex in entityType.GetComplexProperties())
        {
            var container = complex.GetGetter();
            foreach (var property in complex.ComplexType.GetProperties())
            {
                _columns.Add(new Column(property.GetColumnName(table)!, property.GetRelationalTypeMapping(), Getter(property, container), true));
            }
        }

        var names = string.Join(", ", _columns.Select(c => Quote(c.Name)));
        _prefix = $"INSERT INTO {Quote(table.Name)} ({names}) VALUES ";
        _rowsPerStatement = Math.Max(1, Math.Min(MaxRowsPerStatement, MaxParameters / _columns.Count));
    }

    public async Task<int> WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);

        // SQLite looks a named parameter up by a linear scan, so a statement of thousands of parameters costs quadratic
        // time: there, one prepared single-row statement per table is reused inside the transaction (in-process, a
        // statement costs microseconds). PostgreSQL gets multi-row statements: one round trip per few hundred rows.
        // Only SQLite reuses the command with new parameters: Npgsql keeps an auto-prepared command's first parameter
        // list (npgsql#3850), and would insert the previous rows again; there a command per statement.
        var sqlite = connection is Microsoft.Data.Sqlite.SqliteConnection;
        var rowsPerStatement = sqlite ? 1 : _rowsPerStatement;
        DbCommand? command = null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                if (command is null || count != rowsPerStatement || !sqlite)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
#pragma warning disable CA2100 // Identifiers come from the EF model; every value is a parameter.
                    command.CommandText = Sql(count);
#pragma warning restore CA2100
                }

                command.Parameters.Clear();
                for (var r = 0; r < count; r++)
                {
                    var row = rows[start + r];
                    for (var c = 0; c < _columns.Count; c++)
                    {
                        var column = _columns[c];
                        command.Parameters.Add(column.Mapping.CreateParameter(command, ParameterName((r * _columns.Count) + c), column.Value(row), column.Nullable));
                    }
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        return rows.Count;
    }

    private static string ParameterName(int index) => "@p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Sql(int rows)
    {
        var sql = new StringBuilder(_prefix, _prefix.Length + (rows * _columns.Count * 8));
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Count; c++)
            {
                sql.Append(c == 0 ? string.Empty : ", ").Append(ParameterName((r * _columns.Count) + c));
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private static Func<T, object?> Getter(IProperty property, IClrPropertyGetter? container)
    {
        if (property.IsShadowProperty())
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} is a shadow property: supply its value.");
        }

        var getter = property.GetGetter();
        return container is null
            ? row => getter.GetClrValue(row)
            : row => container.GetClrValue(row) is { } inner ? getter.GetClrValue(inner) : null;
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";

    private sealed record Column(string Name, RelationalTypeMapping Mapping, Func<T, object?> Value, bool Nullable);
}
