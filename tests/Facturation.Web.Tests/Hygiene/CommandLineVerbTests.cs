using Facturation.Testing;

namespace Facturation.Web.Tests.Hygiene;

public sealed class CommandLineVerbTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("facturation-verb-").FullName;

    [Fact]
    public async Task Unknown_verb_prints_the_usage_and_exits_2_without_starting_the_server()
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(_data, new Dictionary<string, string>(), "frobnicate", "--now");

        Assert.Equal(2, exit);
        Assert.Contains("Usage", stderr);
        Assert.DoesNotContain("Facturation est prête", stdout + stderr);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
