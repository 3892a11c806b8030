using Facturation.Domain.Common;
using Facturation.Domain.Customers;

namespace Facturation.Domain.Tests.Customers;

public sealed class CustomerTests
{
    private static CustomerProfile Profile(string code = "acme") =>
        new(code, "Acme", CustomerKind.Company, "732829320", null, null, null, null,
            new PostalAddress("1 rue", null, "75001", "Paris", "FR"), null, null, 0m, null);

    private static ContactDetails Contact(string name, bool billing = false, bool cc = false, int? id = null) =>
        new(id, name, $"{name.ToLowerInvariant()}@x.example", null, null, billing, cc);

    [Fact]
    public void New_customer_stores_its_code_in_upper_case()
    {
        var customer = new Customer(Profile(" acme-01 "), []);

        Assert.Equal("ACME-01", customer.Code);
    }

    [Fact]
    public void Contacts_need_exactly_one_billing_contact()
    {
        var error = Assert.Throws<DomainException>(() => new Customer(Profile(), [Contact("A"), Contact("B")]));

        Assert.Equal("customer.billing_contact", error.Code);
        Assert.Equal(nameof(Customer.Contacts), error.Field);
    }

    [Fact]
    public void Two_billing_contacts_are_refused()
    {
        Assert.Throws<DomainException>(() => new Customer(Profile(), [Contact("A", billing: true), Contact("B", billing: true)]));
    }

    [Fact]
    public void A_customer_without_contacts_is_allowed()
    {
        var customer = new Customer(Profile(), []);

        Assert.Null(customer.BillingContact);
    }

    [Fact]
    public void Billing_contact_without_email_is_refused_on_its_email_field()
    {
        var error = Assert.Throws<DomainException>(() =>
            new Customer(Profile(), [new ContactDetails(null, "Sans mail", null, null, null, true, false)]));

        Assert.Equal("Contacts[0].Email", error.Field);
    }

    [Fact]
    public void Replacing_contacts_keeps_the_order_given()
    {
        var customer = new Customer(Profile(), [Contact("A", billing: true), Contact("B", cc: true)]);

        customer.ReplaceContacts([Contact("B", billing: true), Contact("C")]);

        Assert.Equal(["B", "C"], customer.Contacts.OrderBy(c => c.Position).Select(c => c.Name));
        Assert.Equal("B", customer.BillingContact!.Name);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void Payment_terms_outside_a_year_are_refused(int days)
    {
        var error = Assert.Throws<DomainException>(() => new Customer(Profile() with { PaymentTermsDays = days }, []));

        Assert.Equal(nameof(Customer.PaymentTermsDays), error.Field);
    }

    [Fact]
    public void Empty_delivery_address_means_same_as_billing()
    {
        var customer = new Customer(Profile() with { DeliveryAddress = new PostalAddress("", null, "", "", "FR") }, []);

        Assert.Null(customer.DeliveryAddress);
    }

    [Fact]
    public void Deactivated_customer_can_be_reactivated()
    {
        var customer = new Customer(Profile(), []);

        customer.Deactivate();
        Assert.False(customer.Active);
        customer.Reactivate();
        Assert.True(customer.Active);
    }

    [Theory]
    [InlineData(CustomerKind.Company, "FR")]
    [InlineData(CustomerKind.PublicBody, "FR")]
    [InlineData(CustomerKind.Company, "")]
    public void French_company_or_public_body_without_siren_is_refused(CustomerKind kind, string country)
    {
        var profile = Profile() with { Kind = kind, Siren = " ", BillingAddress = new PostalAddress("1 rue", null, "75001", "Paris", country) };

        var error = Assert.Throws<DomainException>(() => new Customer(profile, []));

        Assert.Equal(("customer.siren_required", "Siren"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(CustomerKind.Individual, "FR")]
    [InlineData(CustomerKind.Foreign, "DE")]
    [InlineData(CustomerKind.Company, "CA")]
    public void Individuals_and_customers_abroad_need_no_siren(CustomerKind kind, string country)
    {
        var profile = Profile() with { Kind = kind, Siren = null, BillingAddress = new PostalAddress("1 rue", null, "75001", "Ville", country) };

        var customer = new Customer(profile, []);

        Assert.Null(customer.Siren);
    }
}
