using Facturation.Application.Audit;
using Facturation.Application.Documents;
using Facturation.Application.Idempotency;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Mail;
using Facturation.Application.Reminders;
using Facturation.Application.Statements;
using Facturation.Application.Webhooks;
using Facturation.Domain.Accounting;
using Facturation.Domain.Activities;
using Facturation.Domain.Catalog;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Domain.Payments;
using Facturation.Domain.Recurring;
using Facturation.Domain.Reminders;
using Facturation.Domain.Statements;
using Facturation.Domain.Taxes;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Data;

public sealed class FacturationDb(DbContextOptions<FacturationDb> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Cookie and antiforgery keys, shared by every app instance on the same database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<TaxCode> TaxCodes => Set<TaxCode>();

    public DbSet<GlAccount> GlAccounts => Set<GlAccount>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<LoginThrottle> LoginThrottles => Set<LoginThrottle>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceListTotal> InvoiceListTotals => Set<InvoiceListTotal>();

    public DbSet<Payments.Journal.PaymentJournalTotal> PaymentJournalTotals => Set<Payments.Journal.PaymentJournalTotal>();

    public DbSet<NumberingSeries> NumberingSeries => Set<NumberingSeries>();

    public DbSet<InvoiceArchive> InvoiceArchives => Set<InvoiceArchive>();

    public DbSet<InvoiceXmlArchive> InvoiceXmlArchives => Set<InvoiceXmlArchive>();

    public DbSet<InvoiceDownload> InvoiceDownloads => Set<InvoiceDownload>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<MailSettings> MailSettings => Set<MailSettings>();
    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<CreditApplication> CreditApplications => Set<CreditApplication>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditVerificationRun> AuditVerificationRuns => Set<AuditVerificationRun>();
    public DbSet<IssuedSnapshot> IssuedSnapshots => Set<IssuedSnapshot>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    public DbSet<RecurringInvoiceTemplate> RecurringInvoiceTemplates => Set<RecurringInvoiceTemplate>();

    public DbSet<RecurringInvoiceOccurrence> RecurringInvoiceOccurrences => Set<RecurringInvoiceOccurrence>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookCursor> WebhookCursors => Set<WebhookCursor>();

    public DbSet<ReminderLevel> ReminderLevels => Set<ReminderLevel>();

    public DbSet<PaymentReminder> PaymentReminders => Set<PaymentReminder>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<StatementArchive> StatementArchives => Set<StatementArchive>();

    public DbSet<ChequeRemittance> ChequeRemittances => Set<ChequeRemittance>();

    public DbSet<SavedListView> SavedListViews => Set<SavedListView>();

    public DbSet<UserListPreference> UserListPreferences => Set<UserListPreference>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FacturationDb).Assembly);
        if (Database.IsSqlServer())
        {
            SqlServerTriggers.Declare(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Money has 2 decimals, but quantities, unit prices and rates carry up to 4 (the brief).
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<decimal?>().HavePrecision(18, 4);
        configurationBuilder.Properties<CustomerKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<GlAccountKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Currency>().HaveConversion<string>().HaveMaxLength(3);
    }
}
