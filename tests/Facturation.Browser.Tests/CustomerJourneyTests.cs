using Facturation.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facturation.Browser.Tests;

public sealed class CustomerJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task Admin_logs_in_creates_a_customer_with_two_contacts_and_sees_it_listed()
    {
        var page = await session.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await page.GetByLabel("E-mail").FillAsync(FacturationApp.AdminEmail);
        await page.GetByLabel("Mot de passe").FillAsync(FacturationApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Atelier Lumière" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Clients", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau client" }).ClickAsync();
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("NAVIGATEUR");
        await page.GetByLabel("Nom ou raison sociale").FillAsync("Client Navigateur SAS");
        await page.GetByLabel("SIREN", new() { Exact = true }).FillAsync(TestCustomers.Siren);
        var billing = page.Locator("fieldset").Filter(new() { HasText = "Adresse de facturation" });
        await billing.GetByLabel("Adresse", new() { Exact = true }).FillAsync("10 rue du Test");
        await billing.GetByLabel("Code postal").FillAsync("31000");
        await billing.GetByLabel("Ville").FillAsync("Toulouse");
        await page.Locator("[name='Contacts[0].Name']").FillAsync("Inès Navigateur");
        await page.Locator("[name='Contacts[0].Email']").FillAsync("ines@navigateur.example");
        await page.Locator("[name='Contacts[1].Name']").FillAsync("Hugo Copie");
        await page.Locator("[name='Contacts[1].Email']").FillAsync("hugo@navigateur.example");
        await page.Locator("input[type=checkbox][name='Contacts[1].CcOnInvoiceEmails']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le client" }).ClickAsync();

        await Expect(page.GetByTestId("flash-success")).ToContainTextAsync("Client Navigateur SAS");
        await Expect(page.GetByTestId("contact-list")).ToContainTextAsync("Inès Navigateur");
        await Expect(page.GetByTestId("contact-list")).ToContainTextAsync("Hugo Copie");
        await page.GotoAsync("/Customers");
        await Expect(page.GetByTestId("customer-list")).ToContainTextAsync("NAVIGATEUR");
        await Expect(page.GetByTestId("customer-list")).ToContainTextAsync("Inès Navigateur");
    }

    [ChromiumFact]
    public async Task Field_error_is_shown_next_to_the_field_in_french()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(FacturationApp.AdminEmail);
        await page.GetByLabel("Mot de passe").FillAsync(FacturationApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByTestId("user-menu")).ToBeVisibleAsync();

        await page.GotoAsync("/Customers/Create");
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("SANSNOM");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le client" }).ClickAsync();

        await Expect(page.Locator("[data-valmsg-for='Name']")).ToHaveTextAsync("Le nom est obligatoire.");
        await Expect(page.Locator("link[href*='bootstrap.min.css']")).ToHaveCountAsync(1);
    }
}
