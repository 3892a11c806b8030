using System.Diagnostics;
using System.Net;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Application.Reminders;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Facturation.Web.Tests.Setup;

/// <summary>
/// A fresh install with <c>Facturation:SeedDemoInvoices=true</c> (ADR-030), seen as a newcomer sees it: the sales list
/// shows the demo documents, <c>/Reminders</c> lists overdue invoices at several levels, and the real binary's
/// <c>audit verify</c> accepts the journal the demo wrote.
/// </summary>
public sealed class DemoFirstRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sqlite_fresh_demo_install_shows_invoices_and_reminders_and_passes_audit_verify()
    {
        await using var app = DemoApp();
        await AssertDemoInstallAsync(app, new Dictionary<string, string>());
    }

    [PostgresFact]
    public async Task PostgreSql_fresh_demo_install_shows_invoices_and_reminders_and_passes_audit_verify()
    {
        await using var database = await PostgresDatabase.CreateAsync("demoweb");
        await using var app = DemoApp().With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", database.ConnectionString);
        await AssertDemoInstallAsync(app, new Dictionary<string, string> { ["Database__Provider"] = "PostgreSql", ["ConnectionStrings__Default"] = database.ConnectionString });
    }

    private static FacturationApp DemoApp() => new FacturationApp()
        .With("Facturation:SeedDemoInvoices", "true")
        .With("Jobs:Enabled", "false")
        .With("Outbox:Enabled", "false")
        .With("Webhooks:Enabled", "false");

    private async Task AssertDemoInstallAsync(FacturationApp app, IReadOnlyDictionary<string, string> environment)
    {
        var watch = Stopwatch.StartNew();
        var browser = await app.SignInAsync(Roles.Accountant);
        output.WriteLine($"First start with demo invoices, to the first signed-in page: {watch.Elapsed.TotalSeconds:0.0} s");

        var list = await browser.GetAsync("/Invoices");
        var listHtml = await list.Content.ReadAsStringAsync();
        var reminders = await browser.GetAsync("/Reminders");
        var remindersHtml = WebUtility.HtmlDecode(await reminders.Content.ReadAsStringAsync());
        var (exitCode, stdout, stderr) = await AppProcess.RunAsync(app.DataDirectory, environment, "audit", "verify");

        var newest = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Invoices.AsNoTracking()
            .Where(i => i.Number != null).OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Id).Select(i => i.Number!).FirstAsync());
        var due = await app.WithScopeAsync(s => s.GetRequiredService<ReminderService>().DueAsync(CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains($"data-number=\"{newest}\"", listHtml, StringComparison.Ordinal);
        Assert.True(CountOf(listHtml, "data-number=\"") >= 20, "The sales list shows a page of demo documents.");
        Assert.Contains($"data-status=\"{InvoiceStatus.Paid}\"", listHtml, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, reminders.StatusCode);
        Assert.Superset(new HashSet<int> { 1, 2, 3 }, due.Select(d => d.Level).ToHashSet());
        Assert.All(due, item => Assert.Contains($"data-id=\"{item.InvoiceId}\"", remindersHtml, StringComparison.Ordinal));
        Assert.Contains("Relance amicale", remindersHtml, StringComparison.Ordinal);
        Assert.Contains("Mise en demeure", remindersHtml, StringComparison.Ordinal);

        Assert.True(exitCode == 0, $"audit verify exited {exitCode}: {stdout}{stderr}");
        Assert.Matches(@"^audit: \d+ entries, chain intact\n$", stdout);
    }

    private static int CountOf(string text, string fragment)
    {
        var count = 0;
        for (var index = text.IndexOf(fragment, StringComparison.Ordinal); index >= 0; index = text.IndexOf(fragment, index + fragment.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
