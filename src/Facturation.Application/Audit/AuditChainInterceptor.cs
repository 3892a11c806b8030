using System.Data.Common;
using System.Globalization;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Facturation.Application.Audit;

/// <summary>
/// Writes the entries a transaction recorded (<see cref="AuditJournal"/>) just before it commits: lock the chain
/// head, chain and insert each entry, move the head. The head lock serializes appenders of every app instance.
/// </summary>
public sealed class AuditChainInterceptor(TimeProvider clock) : DbTransactionInterceptor
{
    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        FlushAsync(transaction, eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await FlushAsync(transaction, eventData.Context, cancellationToken);
        return result;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => AuditJournal.Take(transaction);

    private async Task FlushAsync(DbTransaction transaction, DbContext? context, CancellationToken ct)
    {
        var entries = AuditJournal.Take(transaction);
        if (entries.Count == 0 || context is null)
        {
            return;
        }

        var provider = context.Database.IsNpgsql() ? DatabaseProvider.PostgreSql : context.Database.IsSqlServer() ? DatabaseProvider.SqlServer : DatabaseProvider.Sqlite;
        var links = AuditChaining.After(await LockHeadAsync(transaction, provider, ct), entries, clock.GetUtcNow());

        // The entries and the head's move go in ONE command (one round trip): the head lock is held for less time.
        var sql = new System.Text.StringBuilder();
        var parameters = new List<(string Name, object? Value)>();
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            sql.Append(CultureInfo.InvariantCulture, $"""
                INSERT INTO "AuditEntries" ("Sequence", "TimeUtc", "ActorId", "ActorName", "Event", "DocumentNumber", "Payload", "PreviousHash", "Hash")
                VALUES (@sequence{i}, @time{i}, @actorId{i}, @actorName{i}, @event{i}, @documentNumber{i}, @payload{i}, @previousHash{i}, @hash{i});

                """);
            parameters.AddRange([
                ($"sequence{i}", link.Sequence), ($"time{i}", link.TimeUtc), ($"actorId{i}", link.ActorId), ($"actorName{i}", link.ActorName), ($"event{i}", link.Event),
                ($"documentNumber{i}", link.DocumentNumber), ($"payload{i}", link.Payload), ($"previousHash{i}", link.PreviousHash), ($"hash{i}", link.Hash)]);
        }

        sql.Append("""UPDATE "AuditChainHead" SET "LastSequence" = @sequence, "LastHash" = @hash WHERE "Id" = @id""");
        parameters.AddRange([("sequence", links[^1].Sequence), ("hash", links[^1].Hash), ("id", AuditChainHead.SingletonId)]);
        await using var command = Command(transaction, sql.ToString(), [.. parameters]);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Locks the head row until commit and reads where the chain ends. SQLite's writer lock is already held (BEGIN IMMEDIATE).</summary>
    private static async Task<AuditHeadPosition> LockHeadAsync(DbTransaction transaction, DatabaseProvider provider, CancellationToken ct)
    {
        var sql = provider switch
        {
            DatabaseProvider.PostgreSql => """SELECT "LastSequence", "LastHash" FROM "AuditChainHead" WHERE "Id" = @id FOR UPDATE""",
            DatabaseProvider.SqlServer => "SELECT [LastSequence], [LastHash] FROM [AuditChainHead] WITH (UPDLOCK, HOLDLOCK) WHERE [Id] = @id",
            DatabaseProvider.Sqlite => """SELECT "LastSequence", "LastHash" FROM "AuditChainHead" WHERE "Id" = @id""",
        };
        await using var command = Command(transaction, sql, ("id", AuditChainHead.SingletonId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new InvalidOperationException("The audit chain head row is missing: the database was not migrated.");
        }

        return new AuditHeadPosition(reader.GetInt64(0), reader.GetString(1).Trim());
    }

    private static DbCommand Command(DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var connection = transaction.Connection ?? throw new InvalidOperationException("The transaction has no connection.");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Constant SQL; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
