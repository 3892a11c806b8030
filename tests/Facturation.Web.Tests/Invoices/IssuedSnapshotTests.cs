using System.Net;
using System.Net.Http.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Invoices;

/// <summary>An issued document shows the customer as issued (its frozen snapshot), whatever happens to the customer afterwards; a draft shows the live customer.</summary>
public sealed class IssuedSnapshotTests(ProviderApps apps) : IClassFixture<ProviderApps>
{
    [Fact]
    public Task Issued_invoice_keeps_the_customer_as_issued_on_sqlite() => KeepsTheCustomerAsIssued(apps.Sqlite);

    [PostgresFact]
    public async Task Issued_invoice_keeps_the_customer_as_issued_on_postgresql() => await KeepsTheCustomerAsIssued(await apps.PostgresAsync());

    private static object Customer(string code, string name, string street, string city) => new
    {
        code,
        name,
        kind = "Company",
        siren = "803764521",
        vatNumber = "FR63803764521",
        billingAddress = new { line1 = street, line2 = (string?)null, postalCode = "75007", city, country = "FR" },
        paymentTermsDays = 30,
    };

    private static async Task KeepsTheCustomerAsIssued(FacturationApp app)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager, Roles.Admin);
        var documents = new DocumentApi(app, api);
        var code = SeededData.Unique("SNAP");
        var customerId = Id(await ReadAsync(await api.PostAsJsonAsync("/api/v1/customers", Customer(code, "Ancien Nom SARL", "5 quai Voltaire", "Paris")), HttpStatusCode.Created));
        var issued = Id(await documents.FinalInvoiceAsync(customer: code));
        var draft = Id(await ReadAsync(await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, lines = new[] { Line(1, 10) } }), HttpStatusCode.Created));

        await ReadAsync(await api.PutAsJsonAsync($"/api/v1/customers/{customerId}", Customer(code, "Nouveau Nom SAS", "9 rue Neuve", "Lyon")), HttpStatusCode.OK);

        var client = await app.SignInAsync(Roles.BillingManager);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Details/{issued}"));
        var draftPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Details/{draft}"));
        var json = await documents.GetAsync(issued);
        var customer = json.GetProperty("customer");

        Assert.Contains("Ancien Nom SARL", page, StringComparison.Ordinal);
        Assert.Contains("5 quai Voltaire", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Nouveau Nom SAS", page, StringComparison.Ordinal);
        Assert.DoesNotContain("9 rue Neuve", page, StringComparison.Ordinal);
        Assert.Contains("Nouveau Nom SAS", draftPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Ancien Nom SARL", draftPage, StringComparison.Ordinal);
        Assert.Equal("Ancien Nom SARL", customer.GetProperty("name").GetString());
        Assert.Contains(customer.GetProperty("address").EnumerateArray(), l => l.GetString() == "5 quai Voltaire");
        Assert.Equal(("803764521", "FR63803764521"), (customer.GetProperty("siren").GetString(), customer.GetProperty("vatNumber").GetString()));
    }
}
