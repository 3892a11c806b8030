using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;

namespace Facturation.Web.Tests.Operations;

public sealed class OperationsTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Health_reports_the_database_without_login()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_navigation_link_answers_200_for_an_admin()
    {
        var client = await app.SignInAsAdminAsync();
        var home = await client.GetStringAsync("/");
        var links = System.Text.RegularExpressions.Regex.Matches(home, "href=\"(/[A-Za-z/]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains("/Customers", links);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Unknown_page_is_a_french_404_without_stack_trace()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var response = await client.GetAsync("/nope/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page introuvable.", html);
        Assert.DoesNotContain("Exception", html);
    }
}
