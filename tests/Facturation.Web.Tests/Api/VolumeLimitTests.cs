using System.Net;
using System.Net.Http.Json;
using System.Text;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Api;

/// <summary>Volume limits (InputLimits): each refused with a problem detail naming the field, nothing written, never a 500.</summary>
public sealed class VolumeLimitTests(ProviderApps apps) : IClassFixture<ProviderApps>
{
    private FacturationApp App => apps.Sqlite;

    [Fact]
    public async Task Sending_to_ten_thousand_recipients_is_400_on_to_and_queues_nothing()
    {
        var api = new DocumentApi(App, await App.ApiClientAsync(Roles.BillingManager));
        var invoice = Id(await api.FinalInvoiceAsync());
        var recipients = Enumerable.Range(0, 10_000).Select(i => $"r{i}@exemple.fr").ToArray();

        var problem = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/send", new { to = recipients }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out var error), problem.ToString());
        Assert.Contains("20", error[0].GetString(), StringComparison.Ordinal);
        Assert.False(await App.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.InvoiceId == invoice)));
    }

    [Fact]
    public async Task Twelve_to_and_twelve_cc_is_400_on_cc()
    {
        var api = new DocumentApi(App, await App.ApiClientAsync(Roles.BillingManager));
        var invoice = Id(await api.FinalInvoiceAsync());

        var problem = await ReadAsync(
            await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/send", new { to = Addresses("to", 12), cc = Addresses("cc", 12) }),
            HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("cc", out _), problem.ToString());
    }

    [Fact]
    public async Task Body_over_one_megabyte_is_a_413_problem_detail()
    {
        var api = await App.ApiClientAsync(Roles.BillingManager);
        var note = new string('x', 1_100_000);

        var response = await api.PostAsync("/api/v1/invoices", new StringContent($"{{\"publicNote\":\"{note}\"}}", Encoding.UTF8, "application/json"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/invoices") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"publicNote\":\"{note}\"}}"))) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;
        var streamed = await api.SendAsync(request);

        var problem = await ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("taille maximale", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
    }

    [Fact]
    public async Task Invoice_with_501_lines_is_400_on_lines_and_500_lines_pass()
    {
        var api = new DocumentApi(App, await App.ApiClientAsync(Roles.BillingManager));
        var customerId = await api.CustomerIdAsync();
        var before = await App.QueryAsync(db => db.Invoices.CountAsync());

        var refused = await api.Client.PostAsJsonAsync("/api/v1/invoices", new { customerId, lines = Enumerable.Range(0, 501).Select(_ => Line(1, 1)).ToArray() });
        var accepted = await api.Client.PostAsJsonAsync("/api/v1/invoices", new { customerId, lines = Enumerable.Range(0, 500).Select(_ => Line(1, 1)).ToArray() });

        var problem = await ReadAsync(refused, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines", out _), problem.ToString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(before + 1, await App.QueryAsync(db => db.Invoices.CountAsync()));
    }

    [Theory]
    [InlineData("/api/v1/payments", "reference")]
    [InlineData("/api/v1/payments", "note")]
    [InlineData("/api/v1/payments", "bankAccount")]
    public async Task Payment_text_over_its_maximum_length_is_400_on_the_field(string path, string field)
    {
        var api = new DocumentApi(App, await App.ApiClientAsync(Roles.BillingManager));
        var invoice = Id(await api.FinalInvoiceAsync());
        var body = new Dictionary<string, object?>
        {
            ["customerId"] = await api.CustomerIdAsync(),
            ["date"] = CompanyDates.Today,
            ["amount"] = 10m,
            ["method"] = "Transfer",
            ["allocations"] = new[] { new { invoiceId = invoice, amount = 10m } },
            [field] = new string('y', 5000),
        };

        var problem = await ReadAsync(await api.Client.PostAsJsonAsync(path, body), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0m, Amount(await api.GetAsync(invoice), "paid"));
    }

    [Fact]
    public async Task Void_reason_over_500_characters_is_400_on_reason()
    {
        var api = new DocumentApi(App, await App.ApiClientAsync(Roles.BillingManager));
        var invoice = Id(await api.FinalInvoiceAsync());
        var payment = Id(await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 10m, (invoice, 10m)), HttpStatusCode.Created));

        var problem = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/payments/{payment}/void", new { reason = new string('z', 501) }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _), problem.ToString());
        Assert.Equal("Recorded", Status(await ReadAsync(await api.Client.GetAsync($"/api/v1/payments/{payment}"), HttpStatusCode.OK)));
    }

    private static string[] Addresses(string prefix, int count) => Enumerable.Range(0, count).Select(i => $"{prefix}{i}@exemple.fr").ToArray();
}
