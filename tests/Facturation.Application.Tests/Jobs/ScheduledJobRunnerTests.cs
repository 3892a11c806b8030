using Facturation.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Facturation.Application.Tests.Jobs;

public sealed class ScheduledJobRunnerTests
{
    [Fact]
    public async Task A_failing_job_is_reported_and_the_next_one_still_runs_in_its_own_scope()
    {
        var services = new ServiceCollection();
        services.AddScoped<ScopeProbe>();
        services.AddScoped<IScheduledJob, FailingJob>();
        services.AddScoped<IScheduledJob, CountingJob>();
        await using var provider = services.BuildServiceProvider();
        var runner = new ScheduledJobRunner(provider.GetRequiredService<IServiceScopeFactory>(), NullLogger<ScheduledJobRunner>.Instance);

        var first = await runner.RunOnceAsync("test-worker", CancellationToken.None);
        var second = await runner.RunOnceAsync("test-worker", CancellationToken.None);

        Assert.Equal(["failing", "counting"], first.Select(result => result.Name));
        Assert.False(first[0].Succeeded);
        Assert.Equal("boom", first[0].Error);
        Assert.True(first[1].Succeeded);
        Assert.Equal(1, first[1].Processed);
        // A fresh scope per job and pass: the counting job never sees the scoped probe of an earlier run.
        Assert.Equal(1, second[1].Processed);
    }

    private sealed class ScopeProbe
    {
        public int Calls { get; set; }
    }

    private sealed class FailingJob(ScopeProbe probe) : IScheduledJob
    {
        public string Name => "failing";

        public Task<int> RunDueAsync(string workerId, CancellationToken cancellationToken)
        {
            probe.Calls++;
            throw new InvalidOperationException("boom");
        }
    }

    private sealed class CountingJob(ScopeProbe probe) : IScheduledJob
    {
        public string Name => "counting";

        public Task<int> RunDueAsync(string workerId, CancellationToken cancellationToken) => Task.FromResult(++probe.Calls);
    }
}
