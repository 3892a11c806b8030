using Facturation.Application.Accounting;
using Facturation.Application.Catalog;
using Facturation.Application.Companies;
using Facturation.Application.Customers;
using Facturation.Application.Dossiers;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing;
using Facturation.Application.Numbering;
using Facturation.Application.Setup;
using Facturation.Application.Taxes;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application;

public static class DependencyInjection
{
    /// <summary>Registers the use-case services (one per family); each is scoped to the request's DbContext.</summary>
    public static IServiceCollection AddFacturationServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CustomerService>();
        services.AddScoped<NumberAllocator>();
        services.AddScoped<InvoiceLineResolver>();
        services.AddScoped<InvoiceService>();
        services.AddScoped<DossierService>();
        services.AddScoped<DossierBillingService>();
        services.AddScoped<NumberingSeriesService>();
        services.AddScoped<ProductService>();
        services.AddScoped<TaxCodeService>();
        services.AddScoped<GlAccountService>();
        services.AddScoped<CompanySettingsService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<UserAdministrationService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<AdministratorBootstrapper>();
        services.AddScoped<ReferenceDataSeeder>();
        return services;
    }
}
