using Facturation.Application.Accounting;
using Facturation.Application.Accounting.Exports;
using Facturation.Application.Activities;
using Facturation.Application.Archiving;
using Facturation.Application.Audit;
using Facturation.Application.Catalog;
using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Application.Corrections;
using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Facturation.Application.Dossiers;
using Facturation.Application.Generation;
using Facturation.Application.Idempotency;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Editor;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Jobs;
using Facturation.Application.Mail;
using Facturation.Application.Numbering;
using Facturation.Application.Payments;
using Facturation.Application.Recurring;
using Facturation.Application.Reminders;
using Facturation.Application.Setup;
using Facturation.Application.Statements;
using Facturation.Application.Statistics;
using Facturation.Application.Taxes;
using Facturation.Application.Telemetry;
using Facturation.Application.Webhooks;
using Facturation.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Facturation.Application;

public static class DependencyInjection
{
    /// <summary>Registers the use-case services (one per family); each is scoped to the request's DbContext.</summary>
    public static IServiceCollection AddFacturationServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CompanyTimeZoneCache>();
        services.AddScoped<IBusinessClock, CompanyClock>();
        services.AddScoped<CustomerService>();
        services.AddScoped<NumberAllocator>();
        services.AddScoped<InvoiceLineResolver>();
        services.AddScoped<InvoiceService>();
        services.AddOptions<FinalizationOptions>();
        services.AddSingleton<FinalizationGate>();
        services.AddScoped<DraftEditorService>();
        services.AddScoped<InvoiceListService>();
        services.AddSingleton<InvoiceListSummaryCache>();
        services.AddSingleton<Payments.Journal.PaymentJournalSummaryCache>();
        services.AddScoped<InvoiceZipArchive>();
        services.AddScoped<DocumentGenerator>();
        services.AddScoped<PaymentService>();
        services.AddScoped<BulkPaymentService>();
        services.AddScoped<CorrectionService>();
        services.AddScoped<DossierService>();
        services.AddScoped<IDossierRecapSource>(provider => provider.GetRequiredService<DossierService>());
        services.AddScoped<DossierBillingService>();
        services.AddScoped<DossierEstimatePdf>();
        services.AddScoped<NumberingSeriesService>();
        services.AddScoped<ProductService>();
        services.AddScoped<TaxCodeService>();
        services.AddScoped<GlAccountService>();
        services.AddScoped<ActivityService>();
        services.AddScoped<InvoiceOperationsService>();
        services.AddScoped<DashboardStatisticsService>();
        services.AddScoped<AccountingSettingsService>();
        services.AddScoped<AccountingEntries>();
        services.AddScoped<AccountingExportService>();
        services.AddScoped<CompanySettingsService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<LoginThrottleService>();
        services.AddScoped<PasswordSignInService>();
        services.AddScoped<UserAdministrationService>();
        services.AddMetrics();
        services.AddSingleton<FacturationMetrics>();
        services.AddSingleton<InvoicePdfRenderer>();
        services.AddSingleton<IInvoiceDocumentRenderer>(sp => new MeasuredDocumentRenderer(sp.GetRequiredService<InvoicePdfRenderer>(), sp.GetRequiredService<FacturationMetrics>()));
        services.AddScoped<InvoiceSnapshotBuilder>();
        services.AddScoped<InvoiceArchiver>();
        services.AddScoped<IssuedSnapshotStore>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<EInvoiceXmlProducer>();
        services.AddSingleton<IEInvoiceXmlSource>(sp => sp.GetRequiredService<EInvoiceXmlProducer>());
        services.AddScoped<InvoiceXmlService>();
        services.AddScoped<IInvoicePdfSource, InvoicePdfSource>();
        services.AddScoped<InvoiceDownloadService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<AdministratorBootstrapper>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoInvoiceSeeder>();
        services.AddScoped<MailSettingsService>();
        services.AddScoped<InvoiceMailService>();
        services.AddScoped<StatementService>();
        services.AddScoped<Accounts.CustomerAccountService>();
        services.AddScoped<ListViewService>();
        services.AddScoped<Payments.Journal.PaymentJournalService>();
        services.AddScoped<Payments.Journal.ChequeRemittanceService>();
        services.AddScoped<StatementMailService>();
        services.AddScoped<OutboxService>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<DeliveredMessageRecorder>();
        services.AddScoped<AuditJournal>();
        services.TryAddScoped<IAuditActor, SystemAuditActor>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<AuditNightlyRunner>();
        services.AddSingleton<ScheduledJobRunner>();
        services.AddScoped<RecurringInvoiceGenerator>();
        services.AddScoped<RecurringInvoiceService>();
        services.AddScoped<IScheduledJob, RecurringInvoicesJob>();
        services.AddSingleton<WebhookHttpClients>();
        services.AddScoped<WebhookSecrets>();
        services.AddScoped<WebhookEndpointService>();
        services.AddScoped<WebhookEventTranslator>();
        services.AddScoped<WebhookDispatcher>();
        services.AddScoped<WebhooksJob>();
        services.AddScoped<IScheduledJob>(sp => sp.GetRequiredService<WebhooksJob>());
        services.AddScoped<ReminderService>();
        services.AddScoped<ReminderSettingsService>();
        services.AddScoped<LitigationService>();
        services.AddScoped<IScheduledJob, ReminderJob>();
        AddArchiveStore(services);

        return services;
    }

    /// <summary>The archive store of <c>Archive__Store</c> (ADR-025), its readers, reconciliation and job.</summary>
    private static void AddArchiveStore(IServiceCollection services)
    {
        services.AddOptions<ArchiveOptions>();
        services.AddSingleton<IArchiveStore>(sp => ArchiveStores.Create(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value));
        services.AddScoped<ArchivedFiles>();
        services.AddScoped<ArchiveReconciler>();
        services.AddScoped<ArchiveBlobMover>();
        services.AddScoped<IScheduledJob, InvoiceArchivesJob>();
        services.AddScoped<InvoiceListTotalsJob>();
        services.AddScoped<IScheduledJob>(sp => sp.GetRequiredService<InvoiceListTotalsJob>());
    }
}
