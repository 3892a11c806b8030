using System.Net;
using System.Net.Http.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>The holes where PostgreSQL answered differently from SQLite (U+0000 is refused by its text type).</summary>
public sealed class PostgresInputHoleTests
{
    [PostgresFact]
    public async Task Nul_character_is_400_on_postgres_not_500()
    {
        await using var postgres = await PostgresApp.StartAsync("nul-char");
        var api = await postgres.App.ApiClientAsync(Roles.BillingManager);
        var customerId = await new DocumentApi(postgres.App, api).CustomerIdAsync();

        var response = await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, reference = "BC\u00001", lines = new[] { new { description = "Pose\u0000", quantity = 1m, unitPrice = 10m, taxCode = "TVA20" } } });

        var errors = await InputHoleTests.ErrorsAsync(response);
        Assert.True(errors.TryGetProperty("reference", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("lines[0].description", out _), errors.ToString());
    }

    [PostgresFact]
    public async Task Lines_null_is_400_on_postgres()
    {
        await using var postgres = await PostgresApp.StartAsync("lines-null");
        var api = await postgres.App.ApiClientAsync(Roles.BillingManager);

        var response = await api.PostAsync("/api/v1/invoices", InputHoleTests.Json("""{"customerId":1,"lines":null}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
