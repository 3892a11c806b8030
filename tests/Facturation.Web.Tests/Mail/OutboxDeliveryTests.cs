using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Mail;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Mail;

/// <summary>The outbox under failure and concurrency: SMTP outage, two app instances, administrator retry.</summary>
public sealed class OutboxDeliveryTests
{
    [SmtpFact]
    public async Task Smtp_down_keeps_the_message_pending_with_its_error_then_delivers_it_once_when_back()
    {
        await using var server = new DedicatedSmtpServer();
        await using var app = MailFixture.AppFor("127.0.0.1", server.SmtpPort)
            .With("Outbox:MaxAttempts", "200") // the outage lasts as long as maildev takes to start on a loaded machine
            .With("Outbox:MaxRetryDelay", "00:00:02");
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (api, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);

        var id = await MailFixture.RequestSendAsync(api, invoiceId);

        var failing = await MailFixture.WaitForMessageAsync(app, id, m => m.Attempts >= 2 && m.Status == OutboxStatus.Pending && m.LastError is not null);
        var status = await api.GetFromJsonAsync<JsonElement>($"/api/v1/outbox/{id}");
        Assert.Equal("Pending", status.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(status.GetProperty("lastError").GetString()));
        Assert.True(status.GetProperty("attempts").GetInt32() >= 2);
        Assert.Equal(InvoiceStatus.Final, await app.QueryAsync(db => db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Status).SingleAsync()));

        await server.StartAsync();

        var email = Assert.Single(await server.Catcher.WaitForAsync(to.Billing, timeout: TimeSpan.FromSeconds(60)));
        var sent = await MailFixture.WaitForMessageAsync(app, id, m => m.Status == OutboxStatus.Sent);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(failing.MessageId, sent.MessageId);
        Assert.Equal(sent.MessageId, email.MessageId);
        Assert.Single(await server.Catcher.ListAsync(), e => e.MessageId == sent.MessageId);
        Assert.Equal(InvoiceStatus.Sent, await app.QueryAsync(db => db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Status).SingleAsync()));
    }

    [SmtpFact]
    public async Task Two_app_instances_on_one_database_deliver_each_of_100_messages_exactly_once()
    {
        const int count = 100;
        var smtp = RequiredService.Smtp();
        using var catcher = new SmtpCatcher(smtp);
        await using var first = MailFixture.AppFor(smtp.Host, smtp.Port).With("Outbox:BatchSize", "5");
        var (customerId, _) = await MailFixture.CustomerAsync(first);
        var (_, invoiceId) = await MailFixture.InvoiceAsync(first, customerId, finalize: true);
        await using var second = MailFixture.AppFor(smtp.Host, smtp.Port).With("Outbox:BatchSize", "5").With("Database:DataDirectory", first.DataDirectory);
        _ = second.Services;
        var recipient = SmtpCatcher.NewAddress("bulk");
        var user = await first.CreateUserAsync(Facturation.Application.Identity.Roles.BillingManager);

        await first.WithScopeAsync(async services =>
        {
            var mail = services.GetRequiredService<InvoiceMailService>();
            for (var i = 0; i < count; i++)
            {
                var input = new SendInvoiceInput { To = [recipient], Subject = $"Message {i}", Body = "Test" };
                await mail.RequestAsync(invoiceId, input, new Actor(user.Id, user.Email), CancellationToken.None);
            }

            return 0;
        });

        await catcher.WaitForAsync(recipient, count, TimeSpan.FromSeconds(120));
        var outbox = await first.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.InvoiceId == invoiceId).ToListAsync());
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var caught = (await catcher.ListAsync()).Where(e => e.IsAddressedTo(recipient)).ToList();
        Assert.Equal(count, caught.Count);
        Assert.Equal(outbox.Select(m => m.MessageId).Order(StringComparer.Ordinal), caught.Select(e => e.MessageId!).Order(StringComparer.Ordinal));
        Assert.All(caught.GroupBy(e => e.MessageId), g => Assert.Single(g));
        var delivered = await first.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.InvoiceId == invoiceId).ToListAsync());
        Assert.All(delivered, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Equal(count, await first.QueryAsync(db => db.Invoices.Where(i => i.Id == invoiceId).SelectMany(i => i.History).CountAsync(h => h.Action == "sent")));
    }

    [SmtpFact]
    public async Task Admin_sees_a_failed_message_with_its_error_and_retry_delivers_it()
    {
        var smtp = RequiredService.Smtp();
        using var catcher = new SmtpCatcher(smtp);
        await using var closed = new DedicatedSmtpServer();
        await using var app = MailFixture.Fast(new FacturationApp()).With("Outbox:MaxAttempts", "1");
        var admin = await app.SignInAsAdminAsync();
        await SaveSettingsAsync(admin, closed.SmtpPort);
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (api, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);
        var id = await MailFixture.RequestSendAsync(api, invoiceId);
        var failed = await MailFixture.WaitForMessageAsync(app, id, m => m.Status == OutboxStatus.Failed);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Outbox"));
        await SaveSettingsAsync(admin, smtp.Port);
        var retry = await admin.SubmitFormAsync($"/Outbox/Retry/{id}", [], pageUrl: "/Outbox");

        Assert.Contains($"data-id=\"{id}\"", page, StringComparison.Ordinal);
        Assert.Contains(failed.LastError!, page, StringComparison.Ordinal);
        Assert.Contains("Échec", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Single(await catcher.WaitForAsync(to.Billing));
        var sent = await MailFixture.WaitForMessageAsync(app, id, m => m.Status == OutboxStatus.Sent);
        Assert.Equal(1, sent.Attempts);
        Assert.DoesNotContain($"data-id=\"{id}\"", await admin.GetStringAsync("/Outbox"), StringComparison.Ordinal);
    }

    private static async Task SaveSettingsAsync(HttpClient admin, int port)
    {
        var response = await admin.SubmitFormAsync("/MailSettings", new()
        {
            ["Host"] = "127.0.0.1",
            ["Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Security"] = "None",
            ["SenderName"] = "Ma Société",
            ["SenderAddress"] = MailFixture.Sender,
            ["SubjectTemplate"] = "{document} {numero}",
            ["BodyTemplate"] = "Bonjour {client}",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
