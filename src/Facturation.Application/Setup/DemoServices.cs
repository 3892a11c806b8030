using Facturation.Application.Corrections;
using Facturation.Application.Data;
using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;
using Facturation.Application.Mail;
using Facturation.Application.Payments;
using Facturation.Application.Recurring;
using Facturation.Application.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Setup;

/// <summary>The use-case services of one simulated day of demo activity (one DI scope, so one DbContext, per day).</summary>
internal sealed class DemoServices(IServiceProvider services)
{
    public FacturationDb Db { get; } = services.GetRequiredService<FacturationDb>();

    public InvoiceService Invoices { get; } = services.GetRequiredService<InvoiceService>();

    public PaymentService Payments { get; } = services.GetRequiredService<PaymentService>();

    public CorrectionService Corrections { get; } = services.GetRequiredService<CorrectionService>();

    public InvoiceMailService Mail { get; } = services.GetRequiredService<InvoiceMailService>();

    public DeliveredMessageRecorder Delivered { get; } = services.GetRequiredService<DeliveredMessageRecorder>();

    public ReminderService Reminders { get; } = services.GetRequiredService<ReminderService>();

    public DossierService Dossiers { get; } = services.GetRequiredService<DossierService>();

    public DossierBillingService DossierBilling { get; } = services.GetRequiredService<DossierBillingService>();

    public RecurringInvoiceGenerator Recurring { get; } = services.GetRequiredService<RecurringInvoiceGenerator>();

    public RecurringInvoiceService RecurringTemplates { get; } = services.GetRequiredService<RecurringInvoiceService>();
}
