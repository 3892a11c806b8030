namespace Facturation.Web.Features.Home;

public sealed record HomeViewModel(string CompanyName, int ActiveCustomers, int ActiveProducts);
