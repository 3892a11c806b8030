using System.Net;
using Facturation.Application.Identity;
using Facturation.Domain.Numbering;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Numbering;

public sealed class NumberingScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Index_lists_the_four_series_with_their_next_number()
    {
        var client = await app.SignInAsAdminAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Numbering"));

        Assert.Contains("FA{yy}{mm}-{0000}", html);
        Assert.Contains($"FA{CompanyDates.Today:yyMM}-0001", html);
        foreach (var kind in Enum.GetValues<SeriesKind>())
        {
            Assert.Contains($"data-testid=\"series-{kind}\"", html);
        }
    }

    [Fact]
    public async Task Edit_with_a_mask_without_counter_shows_the_error_next_to_the_mask()
    {
        var client = await app.SignInAsAdminAsync();
        var id = await SeriesIdAsync(SeriesKind.Deposit);

        var response = await client.SubmitFormAsync($"/Numbering/Edit/{id}", new() { ["Mask"] = "AC{yy}{mm}", ["Reset"] = "Monthly" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Le masque doit contenir un et un seul compteur, par ex. {0000}.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Mask"));
        Assert.Equal("AC{yy}{mm}-{0000}", await app.QueryAsync(db => db.NumberingSeries.Where(s => s.Id == id).Select(s => s.Mask).SingleAsync()));
    }

    [Fact]
    public async Task Edit_with_a_valid_mask_changes_the_preview_but_not_issued_numbers()
    {
        var manager = await app.SignInAsync(Roles.BillingManager);
        var customer = SeededData.Unique("NUM");
        await manager.SubmitFormAsync("/Customers/Create", new Customers.CustomerForm().Set("Code", customer).Fields);
        var customerId = await app.QueryAsync(db => db.Customers.Where(c => c.Code == customer).Select(c => c.Id).SingleAsync());
        await manager.SubmitFormAsync("/Invoices/Create", new Invoices.InvoiceForm(customerId).Set("Reference", "BC-NUM").WithLine("Conseil").Fields);
        var invoiceId = await app.QueryAsync(db => db.Invoices.Where(i => i.CustomerReference == "BC-NUM").Select(i => i.Id).SingleAsync());
        await manager.SubmitFormAsync($"/Invoices/Finalize/{invoiceId}", [], $"/Invoices/Details/{invoiceId}");
        var issued = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Number).SingleAsync());
        var admin = await app.SignInAsAdminAsync();
        var id = await SeriesIdAsync(SeriesKind.Invoice);

        var response = await admin.SubmitFormAsync($"/Numbering/Edit/{id}", new() { ["Mask"] = "F{yyyy}-{00000}", ["Reset"] = "Yearly" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The series is in use: the yearly reset starts next year, the counter continues until then (ADR-011).
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/Numbering"));
        Assert.Contains($"F{CompanyDates.Today:yyyy}-00002", list);
        Assert.Contains($"Chaque année à partir du 01/01/{CompanyDates.Today.Year + 1}", list);
        Assert.Matches(@"^FA\d{4}-0001$", issued);
        Assert.Equal(issued, await app.QueryAsync(db => db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Number).SingleAsync()));
    }

    [Fact]
    public async Task Edit_with_another_series_mask_shows_the_collision_next_to_the_mask()
    {
        var client = await app.SignInAsAdminAsync();
        var id = await SeriesIdAsync(SeriesKind.CreditNote);

        var response = await client.SubmitFormAsync($"/Numbering/Edit/{id}", new() { ["Mask"] = "FA{yy}{mm}-{0000}", ["Reset"] = "Never" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("unique toutes séries confondues", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Mask"), StringComparison.Ordinal);
        Assert.Equal("AV{yy}{mm}-{0000}", await app.QueryAsync(db => db.NumberingSeries.Where(s => s.Id == id).Select(s => s.Mask).SingleAsync()));
    }

    [Fact]
    public async Task A_billing_manager_cannot_change_the_numbering()
    {
        var client = await app.SignInAsync(Roles.BillingManager);

        var response = await client.GetAsync("/Numbering");

        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.OriginalString ?? string.Empty);
    }

    private Task<int> SeriesIdAsync(SeriesKind kind) =>
        app.QueryAsync(db => db.NumberingSeries.Where(s => s.Kind == kind).Select(s => s.Id).SingleAsync());
}
