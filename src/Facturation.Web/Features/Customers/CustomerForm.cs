using Facturation.Application.Customers;

namespace Facturation.Web.Features.Customers;

/// <summary>The form always offers a couple of empty contact rows; blank rows are ignored on save.</summary>
public static class CustomerForm
{
    public static CustomerInput WithBlankContacts(CustomerInput input, int blanks = 2)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.DeliveryAddress ??= new();
        for (var i = 0; i < blanks; i++)
        {
            input.Contacts.Add(new ContactInput { IsBillingContact = input.Contacts.Count == 0 && i == 0 });
        }

        return input;
    }
}
