using System.Text.RegularExpressions;
using Facturation.Application.Audit;
using Facturation.Application.Data;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Payments.Journal;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Data;

/// <summary>
/// EF Core's SQL Server provider saves with an <c>OUTPUT</c> clause unless a table's triggers are declared, and SQL Server
/// refuses <c>OUTPUT</c> on a table with enabled triggers (error 334). The SQL Server model must declare exactly the
/// triggers the migrations create; the other providers' models declare none (their saves are unaffected).
/// </summary>
public sealed partial class SqlServerTriggersTests
{
    [Fact]
    public void The_SQL_Server_model_declares_every_trigger_the_migrations_create_on_its_table()
    {
        var created = CreatedIn(AuditTriggers.CreateSql("Microsoft.EntityFrameworkCore.SqlServer"))
            .Concat(CreatedIn(InvoiceListTotalsSql.Rollup.CreateSql(DatabaseProvider.SqlServer)))
            .Concat(CreatedIn(PaymentJournalTotalsSql.Rollup.CreateSql(DatabaseProvider.SqlServer)))
            .Order().ToList();

        using var db = new FacturationDb(new DbContextOptionsBuilder<FacturationDb>().UseSqlServer("Server=unused;Database=unused").Options);

        Assert.Equal(6, created.Count);
        Assert.Equal(created, DeclaredIn(db));
    }

    [Fact]
    public void The_SQLite_model_declares_no_trigger()
    {
        using var db = new FacturationDb(new DbContextOptionsBuilder<FacturationDb>().UseSqlite("Data Source=:memory:").Options);

        Assert.Empty(DeclaredIn(db));
    }

    private static List<string> DeclaredIn(FacturationDb db) =>
        [.. db.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredTriggers().Select(t => $"{e.GetTableName()}.{t.ModelName}")).Order()];

    private static IEnumerable<string> CreatedIn(string sql) =>
        CreateTrigger().Matches(sql).Select(m => $"{m.Groups["table"].Value}.{m.Groups["trigger"].Value}");

    [GeneratedRegex(@"CREATE TRIGGER \[(?<trigger>\w+)\] ON \[(?<table>\w+)\]")]
    private static partial Regex CreateTrigger();
}
