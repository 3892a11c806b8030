using System.Runtime.CompilerServices;
using Facturation.Application.Audit;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing;

/// <summary>
/// What a finalization on PostgreSQL or SQL Server reads once its number is taken, in ONE statement: whether another
/// document or statement holds the number, the series' last issue date, and — when asked — the audit chain's head,
/// locked until commit (ADR-037). Every statement here runs while the series' counter row is locked.
/// </summary>
internal sealed class UnderCounterState
{
    public bool Taken { get; set; }

    public DateOnly? LastIssueDate { get; set; }

    public long? LastSequence { get; set; }

    public string? LastHash { get; set; }

    /// <summary>Where the audit chain ends, when the head was locked by this statement.</summary>
    public AuditHeadPosition? AuditHead() => LastSequence is { } sequence && LastHash is { } hash ? new AuditHeadPosition(sequence, hash.Trim()) : null;

    /// <summary>
    /// The statement; {0} the number, {1} the series, {2} the head row. The head is the only row it locks (the lock
    /// clause names the one table in FROM); the sub-queries read under the statement's snapshot, taken after the counter
    /// lock was granted, so every earlier number of the series is visible.
    /// </summary>
    public static IQueryable<UnderCounterState> Query(FacturationDb db, int seriesId, string number, bool lockAuditHead)
    {
        var format = (db.Database.IsSqlServer(), lockAuditHead) switch
        {
            (false, true) => """
                SELECT EXISTS (SELECT 1 FROM "Invoices" WHERE "Number" = {0} UNION ALL SELECT 1 FROM "Statements" WHERE "Number" = {0}) AS "Taken",
                       (SELECT max("IssueDate") FROM "Invoices" WHERE "SeriesId" = {1}) AS "LastIssueDate", h."LastSequence", h."LastHash"
                FROM "AuditChainHead" AS h WHERE h."Id" = {2} FOR UPDATE
                """,
            (false, false) => """
                SELECT EXISTS (SELECT 1 FROM "Invoices" WHERE "Number" = {0} UNION ALL SELECT 1 FROM "Statements" WHERE "Number" = {0}) AS "Taken",
                       (SELECT max("IssueDate") FROM "Invoices" WHERE "SeriesId" = {1}) AS "LastIssueDate", NULL::bigint AS "LastSequence", NULL::text AS "LastHash"
                """,
            (true, true) => """
                SELECT CAST(CASE WHEN EXISTS (SELECT 1 FROM [Invoices] WHERE [Number] = {0} UNION ALL SELECT 1 FROM [Statements] WHERE [Number] = {0}) THEN 1 ELSE 0 END AS bit) AS [Taken],
                       (SELECT MAX([IssueDate]) FROM [Invoices] WHERE [SeriesId] = {1}) AS [LastIssueDate], h.[LastSequence], h.[LastHash]
                FROM [AuditChainHead] AS h WITH (UPDLOCK, HOLDLOCK) WHERE h.[Id] = {2}
                """,
            (true, false) => """
                SELECT CAST(CASE WHEN EXISTS (SELECT 1 FROM [Invoices] WHERE [Number] = {0} UNION ALL SELECT 1 FROM [Statements] WHERE [Number] = {0}) THEN 1 ELSE 0 END AS bit) AS [Taken],
                       (SELECT MAX([IssueDate]) FROM [Invoices] WHERE [SeriesId] = {1}) AS [LastIssueDate], CAST(NULL AS bigint) AS [LastSequence], CAST(NULL AS nchar(64)) AS [LastHash]
                """,
        };
        return db.Database.SqlQuery<UnderCounterState>(FormattableStringFactory.Create(format, number, seriesId, AuditChainHead.SingletonId));
    }
}
