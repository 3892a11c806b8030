using Facturation.Application.Documents;
using Facturation.Application.Recurring;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Recurring;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Recurring;

/// <summary>The <c>recurring-invoices</c> job on real databases: once per occurrence across restarts and racing instances, catch-up, limits.</summary>
public sealed class RecurringInvoicesJobTests
{
    private static readonly DateOnly Start = new(2027, 1, 5);

    [Fact]
    public async Task Sqlite_monthly_template_generates_one_document_per_month_across_a_restart()
    {
        await using var hosts = RecurringHosts.Sqlite(Start);
        await AssertOnePerMonthAcrossRestartAsync(hosts);
    }

    [PostgresFact]
    public async Task PostgreSql_monthly_template_generates_one_document_per_month_across_a_restart()
    {
        await using var hosts = await RecurringHosts.PostgresAsync(Start);
        await AssertOnePerMonthAcrossRestartAsync(hosts);
    }

    [Fact]
    public async Task Sqlite_two_instances_racing_generate_each_occurrence_once()
    {
        await using var hosts = RecurringHosts.Sqlite(Start);
        await AssertRacingInstancesGenerateOnceAsync(hosts);
    }

    [PostgresFact]
    public async Task PostgreSql_two_instances_racing_generate_each_occurrence_once()
    {
        await using var hosts = await RecurringHosts.PostgresAsync(Start);
        await AssertRacingInstancesGenerateOnceAsync(hosts);
    }

    [Fact]
    public async Task Catch_up_after_a_three_month_gap_issues_three_documents_dated_on_their_occurrences()
    {
        await using var hosts = RecurringHosts.Sqlite(Start);
        await hosts.SetBackdatingDaysAsync(120);
        var template = await hosts.CreateTemplateAsync(RecurringHosts.Monthly(await hosts.CustomerIdAsync("DUPONT"), Start, RecurringAction.Issue));

        hosts.Clock.SetDay(new DateOnly(2027, 3, 20));
        var processed = await hosts.RunJobAsync();

        var documents = await hosts.DocumentsAsync(template.Id);
        Assert.Equal(3, processed);
        Assert.Equal([new DateOnly(2027, 1, 5), new DateOnly(2027, 2, 5), new DateOnly(2027, 3, 5)], documents.Select(d => d.IssueDate!.Value));
        Assert.All(documents, d => Assert.Equal(InvoiceStatus.Final, d.Status));
        Assert.Equal(["Maintenance janvier 2027", "Maintenance février 2027", "Maintenance mars 2027"], documents.Select(d => d.Lines[0].Description));
        Assert.Equal("Période : mars 2027", documents[2].PublicNote);
        var counters = documents.Select(d => int.Parse(d.Number![(d.Number!.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(counters[0], 3), counters);
        // Issued inside the generator's transaction: archived by its first reader (ADR-025).
        var archive = await hosts.WithAsync(sp => sp.GetRequiredService<IInvoicePdfSource>().GetAsync(documents[1].Id, CancellationToken.None));
        var text = await PdfText.ExtractTextAsync(archive.Content);
        Assert.Contains(documents[1].Number!, text, StringComparison.Ordinal);
        Assert.Contains("Maintenance février 2027", text, StringComparison.Ordinal);
        var next = await hosts.WithDbAsync(db => db.RecurringInvoiceTemplates.SingleAsync(t => t.Id == template.Id));
        Assert.Equal(new DateOnly(2027, 4, 5), next.NextDate);
        Assert.Equal(3, next.GeneratedCount);
        Assert.Equal(documents[2].Id, next.LastInvoiceId);
    }

    [Fact]
    public async Task Past_occurrences_outside_the_back_dating_window_are_left_as_drafts_with_the_reason()
    {
        await using var hosts = RecurringHosts.Sqlite(Start);
        var template = await hosts.CreateTemplateAsync(RecurringHosts.Monthly(await hosts.CustomerIdAsync("DUPONT"), Start, RecurringAction.Issue));

        hosts.Clock.SetDay(new DateOnly(2027, 3, 5));
        await hosts.RunJobAsync();

        var documents = await hosts.DocumentsAsync(template.Id);
        var history = await hosts.WithAsync(sp => sp.GetRequiredService<RecurringInvoiceService>().OccurrencesAsync(template.Id, CancellationToken.None));
        Assert.Equal([InvoiceStatus.Draft, InvoiceStatus.Draft, InvoiceStatus.Final], documents.Select(d => d.Status));
        Assert.Equal([new DateOnly(2027, 1, 5), new DateOnly(2027, 2, 5), new DateOnly(2027, 3, 5)], documents.Select(d => d.IssueDate!.Value));
        var january = history.Single(o => o.OccurrenceDate == Start);
        Assert.Equal(OccurrenceOutcome.DraftNotIssued, january.Outcome);
        Assert.Contains("05/01/2027 est passée", january.Note, StringComparison.Ordinal);
        Assert.Equal(OccurrenceOutcome.Issued, history.Single(o => o.OccurrenceDate == new DateOnly(2027, 3, 5)).Outcome);
    }

    [Fact]
    public async Task Number_of_occurrences_and_end_date_stop_generation()
    {
        await using var hosts = RecurringHosts.Sqlite(Start);
        var customer = await hosts.CustomerIdAsync("DUPONT");
        var byCount = RecurringHosts.Monthly(customer, Start);
        byCount.Occurrences = 2;
        var byDate = RecurringHosts.Monthly(customer, Start);
        byDate.EndDate = new DateOnly(2027, 3, 4);
        var counted = await hosts.CreateTemplateAsync(byCount);
        var dated = await hosts.CreateTemplateAsync(byDate);

        hosts.Clock.SetDay(new DateOnly(2027, 6, 30));
        await hosts.RunJobAsync();
        var again = await hosts.RunJobAsync();

        var templates = await hosts.WithDbAsync(db => db.RecurringInvoiceTemplates.Where(t => t.Id == counted.Id || t.Id == dated.Id).ToListAsync());
        Assert.Equal(0, again);
        Assert.Equal(2, (await hosts.DocumentsAsync(counted.Id)).Count);
        Assert.Equal(2, (await hosts.DocumentsAsync(dated.Id)).Count);
        Assert.All(templates, t => Assert.Equal(RecurringTemplateStatus.Completed, t.Status));
        Assert.All(templates, t => Assert.Null(t.NextDate));
    }

    [Fact]
    public async Task Paused_template_generates_nothing_and_resumes_at_the_next_occurrence_from_today()
    {
        await using var hosts = RecurringHosts.Sqlite(Start);
        var template = await hosts.CreateTemplateAsync(RecurringHosts.Monthly(await hosts.CustomerIdAsync("DUPONT"), Start));
        await hosts.WithAsync(sp => sp.GetRequiredService<RecurringInvoiceService>().PauseAsync(template.Id, CancellationToken.None));

        hosts.Clock.SetDay(new DateOnly(2027, 3, 10));
        var whilePaused = await hosts.RunJobAsync();
        var resumed = await hosts.WithAsync(sp => sp.GetRequiredService<RecurringInvoiceService>().ResumeAsync(template.Id, CancellationToken.None));
        var afterResume = await hosts.RunJobAsync();

        Assert.Equal(0, whilePaused);
        Assert.Equal(0, afterResume);
        Assert.Equal(new DateOnly(2027, 4, 5), resumed.NextDate);
        Assert.Empty(await hosts.DocumentsAsync(template.Id));
    }

    [Fact]
    public async Task Issue_and_send_queues_an_email_to_the_billing_contact_in_the_outbox()
    {
        await using var hosts = RecurringHosts.Sqlite(Start, new() { ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = "1", ["Smtp:From"] = "Ma Société <factures@ma-societe.example>" });
        var template = await hosts.CreateTemplateAsync(RecurringHosts.Monthly(await hosts.CustomerIdAsync("DUPONT"), Start, RecurringAction.IssueAndSend));

        var processed = await hosts.RunJobAsync();

        var document = (await hosts.DocumentsAsync(template.Id)).Single();
        var message = await hosts.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.InvoiceId == document.Id));
        var occurrence = await hosts.WithDbAsync(db => db.RecurringInvoiceOccurrences.SingleAsync(o => o.TemplateId == template.Id));
        Assert.Equal(1, processed);
        Assert.Equal(InvoiceStatus.Final, document.Status);
        Assert.Equal(["sophie.dupont@dupont-imprimerie.example"], message.ToList);
        Assert.Contains(document.Number!, message.Subject + message.Body, StringComparison.Ordinal);
        Assert.Equal(OccurrenceOutcome.IssuedAndQueued, occurrence.Outcome);
    }

    [Fact]
    public async Task Issue_and_send_without_a_configured_sender_issues_and_records_why_nothing_was_sent()
    {
        await using var hosts = RecurringHosts.Sqlite(Start);
        var template = await hosts.CreateTemplateAsync(RecurringHosts.Monthly(await hosts.CustomerIdAsync("DUPONT"), Start, RecurringAction.IssueAndSend));

        await hosts.RunJobAsync();

        var occurrence = await hosts.WithDbAsync(db => db.RecurringInvoiceOccurrences.SingleAsync(o => o.TemplateId == template.Id));
        Assert.Equal(OccurrenceOutcome.IssuedNotSent, occurrence.Outcome);
        Assert.StartsWith("Émise, non envoyée", occurrence.Note, StringComparison.Ordinal);
        Assert.False(await hosts.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.InvoiceId == occurrence.InvoiceId)));
    }

    private static async Task AssertOnePerMonthAcrossRestartAsync(RecurringHosts hosts)
    {
        var template = await hosts.CreateTemplateAsync(RecurringHosts.Monthly(await hosts.CustomerIdAsync("DUPONT"), Start));
        var first = await hosts.RunJobAsync();
        var sameDay = await hosts.RunJobAsync();

        // Restart: a new application on the same database, the old one gone.
        await hosts.StopHostAsync(hosts.Host(0));
        var restarted = hosts.StartHost();
        var afterRestartSameDay = await RecurringHosts.RunJobAsync(restarted);
        hosts.Clock.SetDay(new DateOnly(2027, 2, 5));
        var nextMonth = await RecurringHosts.RunJobAsync(restarted);
        var nextMonthAgain = await RecurringHosts.RunJobAsync(restarted);

        var documents = await hosts.DocumentsAsync(template.Id);
        Assert.Equal([1, 0, 0, 1, 0], [first, sameDay, afterRestartSameDay, nextMonth, nextMonthAgain]);
        Assert.Equal([new DateOnly(2027, 1, 5), new DateOnly(2027, 2, 5)], documents.Select(d => d.IssueDate!.Value));
        Assert.Equal(["Maintenance janvier 2027", "Maintenance février 2027"], documents.Select(d => d.Lines[0].Description));
    }

    private static async Task AssertRacingInstancesGenerateOnceAsync(RecurringHosts hosts)
    {
        var customer = await hosts.CustomerIdAsync("DUPONT");
        var templates = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            templates.Add((await hosts.CreateTemplateAsync(RecurringHosts.Monthly(customer, Start))).Id);
        }

        var second = hosts.StartHost();
        hosts.Clock.SetDay(new DateOnly(2027, 3, 5));
        var processed = await Task.WhenAll(
            Task.Run(() => RecurringHosts.RunJobAsync(hosts.Host(0), "instance-a")),
            Task.Run(() => RecurringHosts.RunJobAsync(second, "instance-b")),
            Task.Run(() => RecurringHosts.RunJobAsync(hosts.Host(0), "instance-a-2")));

        var occurrences = await hosts.WithDbAsync(db => db.RecurringInvoiceOccurrences.Where(o => templates.Contains(o.TemplateId)).ToListAsync());
        var documents = await hosts.WithDbAsync(db => db.Invoices.CountAsync(i => i.CustomerId == customer && i.Lines.Any(l => l.Description!.StartsWith("Maintenance"))));
        Assert.Equal(9, processed.Sum());
        Assert.Equal(9, occurrences.Count);
        Assert.Equal(9, occurrences.Select(o => (o.TemplateId, o.OccurrenceDate)).Distinct().Count());
        Assert.Equal(9, occurrences.Select(o => o.InvoiceId).Distinct().Count());
        Assert.Equal(9, documents);
    }
}
