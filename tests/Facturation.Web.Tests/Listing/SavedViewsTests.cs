using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;

namespace Facturation.Web.Tests.Listing;

/// <summary>The sales list's column chooser and saved views are stored per user on the server, not in the browser.</summary>
public sealed class SavedViewsTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Columns_chosen_in_one_browser_are_shown_in_another_for_the_same_user_only()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var other = await app.CreateUserAsync(Roles.Accountant);
        var first = await app.SignInAsync(user.Email, user.Password);
        await first.GetStringAsync("/Invoices?cols=number&cols=gross");

        var second = await app.SignInAsync(user.Email, user.Password);
        var again = WebUtility.HtmlDecode(await second.GetStringAsync("/Invoices"));
        var someoneElse = WebUtility.HtmlDecode(await (await app.SignInAsync(other.Email, other.Password)).GetStringAsync("/Invoices"));

        Assert.Contains(">Total TTC<", Header(again), StringComparison.Ordinal);
        Assert.DoesNotContain(">Émis par<", Header(again), StringComparison.Ordinal);
        Assert.Contains(">Émis par<", Header(someoneElse), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saved_view_keeps_the_url_state_without_paging_is_listed_for_its_owner_and_can_be_deleted()
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var other = await app.CreateUserAsync(Roles.Accountant);
        var client = await app.SignInAsync(user.Email, user.Password);
        var list = await client.GetStringAsync("/Invoices?quick=unpaid&sort=-gross&page=3");
        var token = HtmlForms.AntiforgeryToken(list)!;

        var saved = await client.PostAsync("/Invoices/Views", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [HtmlForms.AntiforgeryField] = token,
            ["name"] = "Impayées par montant",
            ["query"] = "?quick=unpaid&sort=-gross&page=3",
        }));
        var mine = WebUtility.HtmlDecode(await client.GetStringAsync("/Invoices"));
        var theirs = WebUtility.HtmlDecode(await (await app.SignInAsync(other.Email, other.Password)).GetStringAsync("/Invoices"));
        // A refused save comes back to the page it was posted from, with the reason as a flash message.
        client.DefaultRequestHeaders.Referrer = new Uri(client.BaseAddress!, "/Invoices");
        var empty = await client.PostAsync("/Invoices/Views", new FormUrlEncodedContent(new Dictionary<string, string> { [HtmlForms.AntiforgeryField] = token, ["name"] = " ", ["query"] = "" }));

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal("/Invoices?quick=unpaid&sort=-gross", saved.Headers.Location!.OriginalString);
        Assert.Contains("href=\"/Invoices?quick=unpaid&sort=-gross\"", mine, StringComparison.Ordinal);
        Assert.Contains(">Impayées par montant<", mine, StringComparison.Ordinal);
        Assert.Contains(">À traiter<", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Impayées par montant", theirs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, empty.StatusCode);
        Assert.Equal("/Invoices", empty.Headers.Location!.OriginalString);
        Assert.Contains("Le nom de la vue est obligatoire.", WebUtility.HtmlDecode(await client.GetStringAsync("/Invoices")), StringComparison.Ordinal);

        var id = System.Text.RegularExpressions.Regex.Match(mine, @"/Invoices/Views/(\d+)/Delete").Groups[1].Value;
        var otherClient = await app.SignInAsync(other.Email, other.Password);
        var otherToken = HtmlForms.AntiforgeryToken(await otherClient.GetStringAsync("/Invoices"))!;
        var notTheirs = await otherClient.PostAsync($"/Invoices/Views/{id}/Delete", new FormUrlEncodedContent(new Dictionary<string, string> { [HtmlForms.AntiforgeryField] = otherToken }));
        await client.PostAsync($"/Invoices/Views/{id}/Delete", new FormUrlEncodedContent(new Dictionary<string, string> { [HtmlForms.AntiforgeryField] = token }));
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.DoesNotContain("Impayées par montant", await client.GetStringAsync("/Invoices"), StringComparison.Ordinal);
    }

    private static string Header(string html) => html[html.IndexOf("<thead", StringComparison.Ordinal)..html.IndexOf("</thead>", StringComparison.Ordinal)];
}
