using System.Net;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Customers;

public sealed class CustomerScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Create_with_two_contacts_is_saved_and_listed()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var form = new CustomerForm().Set("Code", "DEUXCONTACTS").Set("Name", "Deux Contacts SARL")
            .WithContact("Alice Martin", "alice@deux.example", billing: true)
            .WithContact("Bob Durand", "bob@deux.example", cc: true);

        var response = await client.SubmitFormAsync("/Customers/Create", form.Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetStringAsync("/Customers?search=deux");
        Assert.Contains("DEUXCONTACTS", list);
        Assert.Contains("Alice Martin", list);
        var contacts = await app.WithScopeAsync(async s => await s.GetRequiredService<FacturationDb>().Customers
            .Where(c => c.Code == "DEUXCONTACTS").SelectMany(c => c.Contacts).OrderBy(c => c.Position).ToListAsync());
        Assert.Collection(contacts,
            c => Assert.True(c.IsBillingContact && !c.CcOnInvoiceEmails && c.Email == "alice@deux.example"),
            c => Assert.True(!c.IsBillingContact && c.CcOnInvoiceEmails && c.Name == "Bob Durand"));
    }

    [Theory]
    [InlineData("Name", "", "Name", "Le nom est obligatoire.")]
    [InlineData("Siren", "123456789", "Siren", "Le SIREN doit comporter 9 chiffres valides.")]
    [InlineData("Siren", "", "Siren", "Le SIREN est obligatoire pour une entreprise ou un organisme public établi en France (facture électronique).")]
    [InlineData("VatNumber", "FR00884123456", "VatNumber", "Numéro de TVA intracommunautaire invalide (ex. FR40303265045).")]
    [InlineData("BillingAddress.City", "", "BillingAddress.City", "La ville est obligatoire.")]
    [InlineData("Name", "Shanghai 上海 Trading", "Name", "Ces caractères ne s'impriment pas sur les documents : 上 海 (écritures latine, grecque et cyrillique seulement).")]
    [InlineData("Name", "一二三四五六七八九十百千", "Name", "Ces caractères ne s'impriment pas sur les documents : 一 二 三 四 五 六 七 八 九 十 … (écritures latine, grecque et cyrillique seulement).")]
    [InlineData("BillingAddress.City", "Tel Aviv תל אביב", "BillingAddress.City", "Ces caractères ne s'impriment pas sur les documents : ת ל א ב י (écritures latine, grecque et cyrillique seulement).")]
    [InlineData("BillingAddress.PostalCode", "7500", "BillingAddress.PostalCode", "Un code postal français a 5 chiffres.")]
    [InlineData("Email", "pas-un-email", "Email", "Adresse e-mail invalide.")]
    [InlineData("DefaultDiscountPercent", "douze", "DefaultDiscountPercent", "« douze » n'est pas un nombre valide.")]
    [InlineData("DefaultDiscountPercent", "150", "DefaultDiscountPercent", "La remise est comprise entre 0 et 100 %.")]
    public async Task Create_with_bad_input_shows_the_message_next_to_the_field_and_saves_nothing(string field, string value, string errorField, string message)
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var code = "BAD" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var response = await client.SubmitFormAsync("/Customers/Create", new CustomerForm().Set("Code", code).Set(field, value).Fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), errorField));
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Customers.AnyAsync(c => c.Code == code)));
    }

    [Fact]
    public async Task Create_with_two_billing_contacts_is_refused_on_the_contacts()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var form = new CustomerForm().Set("Code", "DEUXFACT")
            .WithContact("Un", "un@x.example", billing: true).WithContact("Deux", "deux@x.example", billing: true);

        var response = await client.SubmitFormAsync("/Customers/Create", form.Fields);

        Assert.Equal("Désignez exactement un contact de facturation.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Contacts"));
    }

    [Fact]
    public async Task Create_with_a_code_already_used_is_a_field_error_not_an_exception()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync("/Customers/Create", new CustomerForm().Set("Code", "UNIQUE1").Fields)).StatusCode);

        var response = await client.SubmitFormAsync("/Customers/Create", new CustomerForm().Set("Code", "unique1").Set("Name", "Autre").Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Ce code est déjà utilisé par un autre client.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Code"));
        Assert.Equal(1, await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Customers.CountAsync(c => c.Code == "UNIQUE1")));
    }

    [Fact]
    public async Task Edit_keeps_contact_ids_and_removes_cleared_contacts()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        await client.SubmitFormAsync("/Customers/Create", new CustomerForm().Set("Code", "EDITME")
            .WithContact("Garde", "garde@x.example", billing: true).WithContact("Retire", "retire@x.example").Fields);
        var customer = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Customers.SingleAsync(c => c.Code == "EDITME"));
        var kept = customer.Contacts.Single(c => c.Name == "Garde");

        var form = new CustomerForm().Set("Code", "EDITME").Set("Name", "Nom modifié")
            .Set("Contacts[0].Id", kept.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithContact("Garde renommé", "garde@x.example", billing: true);
        var response = await client.SubmitFormAsync($"/Customers/Edit/{customer.Id}", form.Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Customers.SingleAsync(c => c.Id == customer.Id));
        Assert.Equal("Nom modifié", saved.Name);
        var contact = Assert.Single(saved.Contacts);
        Assert.Equal((kept.Id, "Garde renommé"), (contact.Id, contact.Name));
    }

    [Fact]
    public async Task Deactivate_keeps_the_customer_but_marks_it_inactive()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        await client.SubmitFormAsync("/Customers/Create", new CustomerForm().Set("Code", "DORMANT").Fields);
        var id = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Customers.Where(c => c.Code == "DORMANT").Select(c => c.Id).SingleAsync());

        var response = await client.SubmitFormAsync($"/Customers/Deactivate/{id}", [], pageUrl: $"/Customers/Details/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Customers.Where(c => c.Id == id).Select(c => c.Active).SingleAsync()));
    }

    [Fact]
    public async Task Unknown_customer_is_a_404_page()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var response = await client.GetAsync("/Customers/Details/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_and_paging_return_only_matching_rows()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var page = await client.GetStringAsync("/Customers?search=boisvert");

        Assert.Contains("BOISVERT", page);
        Assert.DoesNotContain("DUPONT", page);
    }
}
