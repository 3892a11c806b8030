using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Facturation.Application.Data.Sqlite;

/// <summary>
/// <c>Sum</c> of stored decimals on SQLite, exactly and natively. SQLite keeps EF decimals as text and EF sums them with
/// <c>ef_sum</c>, a .NET aggregate called once per row (8 s over 100,000 rows under load, ADR-031). Every stored decimal
/// has at most four decimals (the model's convention), so each value becomes exact integer ten-thousandths in SQL —
/// <c>CAST(round(CAST(x AS REAL) * 10000) AS INTEGER)</c>, exact for |x| &lt; 9·10^11 — which SQLite sums as 64-bit
/// integers (an overflow is an error, never a wrong total), and the sum is written back as exact decimal text.
/// Only sums of stored values (columns, their negation, CASE between them) are taken: a computed product may carry more
/// than four decimals and keeps EF's own translation.
/// </summary>
internal sealed class SqliteExactDecimalSumTranslator(ISqlExpressionFactory sql) : IAggregateMethodCallTranslator
{
    private const int StoredScale = 4;
    private const long Units = 10_000;

    public SqlExpression? Translate(MethodInfo method, EnumerableExpression source, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(source);
        var definition = method.IsGenericMethod ? method.GetGenericMethodDefinition() : method;
        if (method.DeclaringType != typeof(Queryable)
            || !(QueryableMethods.IsSumWithoutSelector(definition) || QueryableMethods.IsSumWithSelector(definition))
            || source.Selector is not SqlExpression selector
            || (Nullable.GetUnderlyingType(selector.Type) ?? selector.Type) != typeof(decimal)
            || selector.TypeMapping?.Converter is not null
            || !IsStoredValue(selector))
        {
            return null;
        }

        var units = ToUnits(selector);
        if (source.Predicate is not null)
        {
            units = sql.Case([new CaseWhenClause(source.Predicate, units)], elseResult: null);
        }

        if (source.IsDistinct)
        {
            units = new DistinctExpression(units);
        }

        var sum = sql.Function("SUM", [units], nullable: true, argumentsPropagateNullability: [false], typeof(long));
        return sql.Convert(DecimalText(sum), typeof(decimal), selector.TypeMapping);
    }

    /// <summary>
    /// The value in integer ten-thousandths; negations and CASE branches are taken apart so that the per-row work stays
    /// in SQL (the provider negates a decimal with <c>ef_negate</c>, a .NET function called once per row).
    /// </summary>
    private SqlExpression ToUnits(SqlExpression value) => value switch
    {
        SqlUnaryExpression { OperatorType: ExpressionType.Negate } unary => sql.Negate(ToUnits(unary.Operand)),
        SqlFunctionExpression { Name: "ef_negate", Arguments: [var operand] } => sql.Negate(ToUnits(operand)),
        CaseExpression choice => choice.Operand is null
            ? sql.Case(choice.WhenClauses.Select(w => new CaseWhenClause(w.Test, ToUnits(w.Result))).ToList(), choice.ElseResult is null ? null : ToUnits(choice.ElseResult))
            : sql.Case(choice.Operand, choice.WhenClauses.Select(w => new CaseWhenClause(w.Test, ToUnits(w.Result))).ToList(), choice.ElseResult is null ? null : ToUnits(choice.ElseResult)),
        _ => sql.Convert(
            sql.Function("round", [sql.Multiply(sql.Convert(value, typeof(double)), sql.Constant((double)Units))], nullable: true, argumentsPropagateNullability: [true], typeof(double)),
            typeof(long)),
    };

    /// <summary>
    /// The integer sum as exact decimal text ('-1234.5' for -12345000), trailing zeros dropped; NULL stays NULL (an empty
    /// group), which EF turns into 0 as it does for any SUM.
    /// </summary>
    private SqlExpression DecimalText(SqlExpression sum)
    {
        var magnitude = sql.Function("abs", [sum], nullable: true, argumentsPropagateNullability: [true], typeof(long));
        var sign = sql.Case([new CaseWhenClause(sql.LessThan(sum, sql.Constant(0L)), sql.Constant("-"))], sql.Constant(string.Empty));
        var whole = sql.Convert(sql.Divide(magnitude, sql.Constant(Units)), typeof(string));
        var fraction = sql.Function(
            "substr",
            [sql.Add(sql.Constant("0000"), sql.Convert(sql.Modulo(magnitude, sql.Constant(Units)), typeof(string))), sql.Constant(-StoredScale), sql.Constant(StoredScale)],
            nullable: true,
            argumentsPropagateNullability: [true, false, false],
            typeof(string));
        var text = sql.Add(sql.Add(sql.Add(sign, whole), sql.Constant(".")), fraction);
        return Trim(Trim(text, "0"), ".");
    }

    private SqlExpression Trim(SqlExpression text, string characters) =>
        sql.Function("rtrim", [text, sql.Constant(characters)], nullable: true, argumentsPropagateNullability: [true, false], typeof(string));

    private static bool IsStoredValue(SqlExpression expression) => expression switch
    {
        ColumnExpression column => (column.TypeMapping?.Scale ?? StoredScale) <= StoredScale,
        SqlConstantExpression => true,
        SqlUnaryExpression { OperatorType: ExpressionType.Negate or ExpressionType.Convert } unary => IsStoredValue(unary.Operand),
        // The SQLite provider writes a decimal negation as its own function over the text value.
        SqlFunctionExpression { Name: "ef_negate", Arguments: [var operand] } => IsStoredValue(operand),
        CaseExpression choice => choice.WhenClauses.All(w => IsStoredValue(w.Result)) && (choice.ElseResult is null || IsStoredValue(choice.ElseResult)),
        _ => false,
    };
}
