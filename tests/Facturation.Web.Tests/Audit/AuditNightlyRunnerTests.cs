using Facturation.Application.Audit;
using Facturation.Application.Data;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Audit;

/// <summary>The nightly verification runs once per night whatever the number of instances, and records what it found.</summary>
public sealed class AuditNightlyRunnerTests
{
    [Fact]
    public async Task Sqlite_two_instances_run_the_night_once_and_record_an_intact_chain()
    {
        await using var audited = await AuditedApp.CreateAsync(postgres: false, nightlyWorker: false);
        await AssertOneRunAsync(audited);
    }

    [PostgresFact]
    public async Task PostgreSql_two_instances_run_the_night_once_and_record_an_intact_chain()
    {
        await using var audited = await AuditedApp.CreateAsync(postgres: true, nightlyWorker: false);
        await AssertOneRunAsync(audited);
    }

    [Fact]
    public async Task Sqlite_a_broken_chain_is_recorded_as_broken_with_the_document()
    {
        await using var audited = await AuditedApp.CreateAsync(postgres: false, nightlyWorker: false);
        var (id, number) = await audited.IssueInvoiceAsync();
        await audited.DisableTriggerAsync("Invoices", "TR_Invoices_Frozen", "Update");
        await audited.SqlAsync($"""UPDATE "Invoices" SET "TotalNet" = {1m} WHERE "Id" = {id}""");

        var run = await RunAsync(audited, "instance-a");

        Assert.Equal(AuditRunOutcome.Broken, run!.Outcome);
        Assert.Contains(number, run.Message, StringComparison.Ordinal);
        Assert.Contains("totals.net", run.Message, StringComparison.Ordinal);
    }

    private static async Task AssertOneRunAsync(AuditedApp audited)
    {
        await audited.IssueInvoiceAsync();

        var runs = await Task.WhenAll(RunAsync(audited, "instance-a"), RunAsync(audited, "instance-b"));

        var run = Assert.Single(runs, r => r is not null);
        Assert.Equal(AuditRunOutcome.Intact, run!.Outcome);
        // invoice.issued, then invoice.archived: the PDF is rendered right after the finalization's commit (ADR-025).
        Assert.Equal("audit: 2 entries, chain intact", run.Message);
        Assert.Equal(1, await audited.WithDbAsync(db => db.AuditVerificationRuns.CountAsync()));
        Assert.Null(await RunAsync(audited, "instance-c"));
    }

    [Fact]
    public async Task The_app_s_own_worker_runs_the_night_once_after_its_hour()
    {
        await using var audited = await AuditedApp.CreateAsync(postgres: false);
        audited.App.With("Audit:StartDelay", "00:00:00").With("Audit:NightlyHourUtc", "0");
        await audited.IssueInvoiceAsync();

        var run = await WaitForRunAsync(audited);

        Assert.Equal(AuditRunOutcome.Intact, run.Outcome);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), run.RunDate);
    }

    private static async Task<AuditVerificationRun> WaitForRunAsync(AuditedApp audited)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await audited.WithDbAsync(db => db.AuditVerificationRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Outcome != AuditRunOutcome.Running)) is { } run)
            {
                return run;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The nightly worker recorded no run within 20 s.");
    }

    /// <summary>One instance's check, at 03:00 UTC (after the default 02:00 hour).</summary>
    private static async Task<AuditVerificationRun?> RunAsync(AuditedApp audited, string worker)
    {
        await using var scope = audited.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var runner = new AuditNightlyRunner(
            services.GetRequiredService<FacturationDb>(),
            services.GetRequiredService<AuditVerifier>(),
            services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<AuditOptions>>(),
            new NightClock());
        await Task.Yield();
        return await runner.RunIfDueAsync(worker, CancellationToken.None);
    }

    private sealed class NightClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2030, 1, 2, 3, 0, 0, TimeSpan.Zero);
    }
}
