using System.Net;
using Facturation.Testing;

namespace Facturation.Web.Tests.Operations;

/// <summary>The real binary, as an operator runs it: first start, migrate, token create.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("facturation-cli-").FullName;

    [Fact]
    public async Task First_start_without_password_prints_a_generated_one_that_must_be_changed()
    {
        var (app, url) = await AppProcess.StartServerAsync(_data, new Dictionary<string, string>());
        await using (app)
        {
            var password = app.Output.Split('\n').Single(l => l.StartsWith("Mot de passe provisoire", StringComparison.Ordinal)).Split(" : ")[1].Trim();
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(url) };

            var defaultPassword = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "admin@facturation.local", ["Password"] = "admin" });
            var signIn = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "admin@facturation.local", ["Password"] = password });
            var home = await client.GetAsync("/");

            Assert.True(password.Length >= 16);
            Assert.Contains("Connectez-vous avec admin@facturation.local", app.Output);
            Assert.Equal(HttpStatusCode.OK, defaultPassword.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal("/Account/ChangePassword", home.Headers.Location!.OriginalString);
            var logs = Directory.GetFiles(Path.Combine(_data, "logs"));
            Assert.NotEmpty(logs);
            Assert.All(logs, log => Assert.DoesNotContain(password, ReadShared(log)));
        }
    }

    [Fact]
    public async Task Token_create_prints_only_the_token_which_then_opens_the_api()
    {
        var environment = new Dictionary<string, string> { ["FACTURATION_ADMIN_PASSWORD"] = "Operator-Password-2026" };
        var (app, url) = await AppProcess.StartServerAsync(_data, environment);
        await using (app)
        {
            var (exit, stdout, _) = await AppProcess.RunAsync(_data, environment, "token", "create", "--email", "admin@facturation.local", "--name", "CI");
            using var api = new HttpClient { BaseAddress = new Uri(url) };
            api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", stdout.Trim());

            var response = await api.GetAsync("/api/v1/customers");

            Assert.Equal(0, exit);
            Assert.Matches("^fct_[A-Za-z0-9_-]+\n$", stdout);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Token_create_for_an_unknown_user_fails_with_a_message_on_stderr()
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(_data, new Dictionary<string, string>(), "token", "create", "--email", "personne@nulle.part");

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("Aucun utilisateur avec l'e-mail personne@nulle.part", stderr);
    }

    [Fact]
    public async Task Migrate_creates_the_database_and_exits()
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(_data, new Dictionary<string, string>(), "migrate");

        Assert.Equal(0, exit);
        Assert.Empty(stdout);
        Assert.Contains("Migrations appliquées.", stderr);
        Assert.True(File.Exists(Path.Combine(_data, "facturation.db")));
    }

    [Fact]
    public async Task Unknown_subcommand_prints_usage_and_exits_2()
    {
        var (exit, _, stderr) = await AppProcess.RunAsync(_data, new Dictionary<string, string>(), "token", "delete");

        Assert.Equal(2, exit);
        Assert.Contains("token create --email EMAIL", stderr);
    }

    [Fact]
    public async Task Jobs_run_migrates_runs_the_due_jobs_once_and_exits()
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(_data, new Dictionary<string, string>(), "jobs", "run");

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("failed", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_data, "facturation.db")));
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // The killed server may still hold the SQLite file for a moment.
        }
    }
}
