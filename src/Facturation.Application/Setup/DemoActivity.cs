using Facturation.Application.Corrections;
using Facturation.Application.Data;
using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;
using Facturation.Application.Mail;
using Facturation.Application.Payments;
using Facturation.Application.Recurring;
using Facturation.Domain.Common;
using Facturation.Domain.Customers;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Facturation.Domain.Recurring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Setup;

/// <summary>
/// The demo company's life, one day at a time (ADR-030). Every business day brings a few invoices; each one gets a
/// fate drawn from the seeded generator — e-mailed or not, paid on time, late (with the reminders a late payer
/// gets), in two instalments, credited or cancelled — planned on the <see cref="DemoSchedule"/>. Invoices of the
/// last days stay drafts or proformas. A fixed "ladder" of slow payers guarantees overdue invoices at every reminder
/// level today, some with their next level due today; a dossier is billed by deposit and situations, and a monthly
/// maintenance contract runs as a recurring template.
/// </summary>
#pragma warning disable CA5394 // Demo data: a seeded, reproducible generator is the point, not unpredictability.
internal sealed class DemoActivity(Random random, DemoSchedule schedule, Actor actor, DateOnly today)
{
    /// <summary>Days past due today of the slow payers, and whether they paid a part: reminders J+7, J+15, J+30 follow.</summary>
    private static readonly (int DaysPastDue, bool PartlyPaid)[] SlowPayers =
        [(7, false), (10, false), (15, false), (18, true), (22, false), (30, false), (45, false), (60, true)];

    private static readonly int[] ReminderDays = [7, 15, 30];

    private static readonly (PaymentMethod Method, int Weight)[] Methods =
        [(PaymentMethod.Transfer, 60), (PaymentMethod.Cheque, 14), (PaymentMethod.DirectDebit, 12), (PaymentMethod.Card, 10), (PaymentMethod.Lcr, 4)];

    private readonly List<DemoCustomer> _customers = [];
    private readonly Dictionary<string, int> _products = [];

    public int Documents { get; private set; }

    private sealed record DemoCustomer(int Id, string Code, CustomerKind Kind, string Country, int Weight);

    public async Task PrepareAsync(IServiceProvider services, DateOnly start, CancellationToken ct)
    {
        var db = services.GetRequiredService<FacturationDb>();
        db.Customers.AddRange(DemoInvoiceSeeder.MoreCustomers());
        await db.SaveChangesAsync(ct);
        await EnsureSenderAsync(db, services.GetRequiredService<MailSettingsService>(), ct);
        foreach (var customer in await db.Customers.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct))
        {
            var weight = customer.Kind == CustomerKind.Company && customer.BillingAddress.Country == "FR" ? 10 : 3;
            _customers.Add(new DemoCustomer(customer.Id, customer.Code, customer.Kind, customer.BillingAddress.Country, weight));
        }

        foreach (var product in await db.Products.AsNoTracking().Select(p => new { p.Id, p.Code }).ToListAsync(ct))
        {
            _products[product.Code] = product.Id;
        }

        PlanDossier(start.AddDays(25));
        PlanMaintenanceContract(new DateOnly(start.Year, start.Month, 1).AddMonths(1));
        foreach (var (daysPastDue, partlyPaid) in SlowPayers)
        {
            var due = today.AddDays(-daysPastDue);
            schedule.At(due.AddDays(-30), (s, token) => IssueSlowPayerAsync(s, due, partlyPaid, token));
        }

        schedule.At(today.AddDays(-3), ProformaAsync);
    }

    public async Task PlayDayAsync(DemoServices s, DateOnly day, CancellationToken ct)
    {
        foreach (var action in schedule.TakeDay(day))
        {
            await action(s, ct);
        }

        var template = await s.Db.RecurringInvoiceTemplates.AsNoTracking().Where(t => t.NextDate <= day).Select(t => new { t.Id, t.NextDate }).FirstOrDefaultAsync(ct);
        if (template is not null && await s.Recurring.GenerateAsync(template.Id, template.NextDate!.Value, actor, "demo", ct) is { InvoiceId: { } generated })
        {
            Documents++;
            await EmailAsync(s, generated, ct);
            PlanPayment(day.AddDays(random.Next(25, 35)), generated, PaymentMethod.DirectDebit);
        }

        if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            // About one invoice every other business day (≈ 200 over 18 months, ≈ 270 documents in all): a realistic small
            // business, and half the first-run time of the former 0–2 a day (ADR-030).
            var count = random.NextDouble() switch { < 0.55 => 0, < 0.95 => 1, _ => 2 };
            for (var i = 0; i < count; i++)
            {
                await NewInvoiceAsync(s, day, ct);
            }
        }

        await DeliverOutboxAsync(s, ct);
    }

    private async Task NewInvoiceAsync(DemoServices s, DateOnly day, CancellationToken ct)
    {
        var customer = PickCustomer();
        var draft = await s.Invoices.CreateDraftAsync(DraftFor(customer, null), actor, ct);
        Documents++;
        if (today.DayNumber - day.DayNumber < 12 && random.NextDouble() < 0.4)
        {
            // Work in progress: a draft, sometimes already e-mailed as a proforma.
            if (random.NextDouble() < 0.4)
            {
                await EmailAsync(s, draft.Id, ct);
            }

            return;
        }

        var invoice = await s.Invoices.FinalizeAsync(draft.Id, actor, ct);
        if (random.NextDouble() < 0.85)
        {
            await EmailAsync(s, invoice.Id, ct);
        }

        var due = invoice.DueDate ?? day;
        var fate = random.NextDouble();
        if (fate < 0.04)
        {
            schedule.At(day.AddDays(random.Next(1, 8)), (services, token) => CancelAsync(services, invoice.Id, token));
            return;
        }

        if (fate < 0.09)
        {
            var share = random.Next(10, 31) / 100m;
            schedule.At(day.AddDays(random.Next(3, 15)), (services, token) => CreditAsync(services, invoice.Id, share, token));
        }

        var paidOn = customer.Kind == CustomerKind.Individual ? day.AddDays(random.Next(0, 4)) : due.AddDays(random.Next(-20, 17));
        paidOn = paidOn <= day ? day.AddDays(1) : paidOn;
        var method = PickMethod();
        if (random.NextDouble() < 0.15)
        {
            var firstPart = random.Next(30, 61) / 100m;
            PlanPayment(paidOn, invoice.Id, method, firstPart);
            paidOn = paidOn.AddDays(random.Next(15, 41));
        }

        PlanPayment(paidOn, invoice.Id, method);
        PlanReminders(invoice.Id, due, paidOn);
    }

    /// <summary>An invoice due on <paramref name="due"/> that is not paid today, chased at J+7, J+15 and J+30 up to yesterday.</summary>
    private async Task IssueSlowPayerAsync(DemoServices s, DateOnly due, bool partlyPaid, CancellationToken ct)
    {
        var customer = _customers.Where(c => c.Kind == CustomerKind.Company && c.Country == "FR").ElementAt(random.Next(0, 6));
        var draft = await s.Invoices.CreateDraftAsync(DraftFor(customer, 30), actor, ct);
        var invoice = await s.Invoices.FinalizeAsync(draft.Id, actor, ct);
        Documents++;
        await EmailAsync(s, invoice.Id, ct);
        if (partlyPaid)
        {
            PlanPayment(due.AddDays(-2), invoice.Id, PaymentMethod.Transfer, 0.4m);
        }

        PlanReminders(invoice.Id, due, DateOnly.MaxValue);
    }

    /// <summary>Work in progress that is always there, whatever the draws: a draft already e-mailed as a proforma.</summary>
    private async Task ProformaAsync(DemoServices s, CancellationToken ct)
    {
        var customer = _customers.First(c => c.Kind == CustomerKind.Company && c.Country == "FR");
        var draft = await s.Invoices.CreateDraftAsync(DraftFor(customer, null), actor, ct);
        Documents++;
        await EmailAsync(s, draft.Id, ct);
    }

    /// <summary>The reminders a late payer receives before paying; none is sent today, so what is due today stays on the Relances screen.</summary>
    private void PlanReminders(int invoiceId, DateOnly due, DateOnly paidOn)
    {
        foreach (var days in ReminderDays.Where(d => due.AddDays(d) < paidOn && due.AddDays(d) < today))
        {
            schedule.At(due.AddDays(days), async (s, ct) =>
            {
                await s.Reminders.SendAsync([invoiceId], actor, ct);
                await DeliverOutboxAsync(s, ct);
            });
        }
    }

    /// <summary>A payment of <paramref name="share"/> of the gross amount, or of everything that remains when null.</summary>
    private void PlanPayment(DateOnly day, int invoiceId, PaymentMethod method, decimal? share = null) =>
        schedule.At(day, async (s, ct) =>
        {
            var invoice = await s.Db.Invoices.AsNoTracking().SingleAsync(i => i.Id == invoiceId, ct);
            if (invoice.Status is not (InvoiceStatus.Final or InvoiceStatus.Sent or InvoiceStatus.PartiallyPaid) || invoice.Remaining <= 0)
            {
                return;
            }

            var amount = share is { } part ? Money.Round(invoice.TotalGross * part) : invoice.Remaining;
            await s.Payments.ReceiveAsync(
                new PaymentInput
                {
                    CustomerId = invoice.CustomerId,
                    Date = day,
                    Amount = Math.Min(amount, invoice.Remaining),
                    Method = method,
                    Reference = $"{Reference(method)} {invoice.Number}",
                    Allocations = [new AllocationInput { InvoiceId = invoiceId, Amount = Math.Min(amount, invoice.Remaining) }],
                },
                actor,
                ct);
        });

    private async Task CancelAsync(DemoServices s, int invoiceId, CancellationToken ct)
    {
        await s.Corrections.CancelAsync(invoiceId, "Erreur de saisie : facture refaite.", actor, ct);
        Documents++;
    }

    private async Task CreditAsync(DemoServices s, int invoiceId, decimal share, CancellationToken ct)
    {
        var invoice = await s.Db.Invoices.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == invoiceId, ct);
        if (invoice.Status is not (InvoiceStatus.Final or InvoiceStatus.Sent))
        {
            return;
        }

        // Goods returned or a service not delivered: part of the first line's quantity (an amount needs a single tax code).
        var line = invoice.Lines.OrderBy(l => l.Position).First();
        var quantity = Math.Max(1m, Math.Floor(line.Quantity * share));
        var input = new CreditNoteInput { Lines = [new CreditNoteLineInput { Position = line.Position, Quantity = quantity }] };
        var creditNote = await s.Corrections.CreateCreditNoteAsync(invoiceId, input, actor, ct);
        await s.Invoices.FinalizeAsync(creditNote.Id, actor, ct);
        Documents++;
        await EmailAsync(s, creditNote.Id, ct);
    }

    /// <summary>Queues the document's e-mail with its default recipients and text (delivered, not sent, at the end of the day).</summary>
    private async Task EmailAsync(DemoServices s, int documentId, CancellationToken ct)
    {
        var message = await s.Mail.DefaultsAsync(documentId, ct);
        if (message.To.Count > 0)
        {
            await s.Mail.RequestAsync(documentId, message, actor, ct);
        }
    }

    /// <summary>The demo never e-mails anyone: what the day queued is recorded as accepted by the SMTP server.</summary>
    private static async Task DeliverOutboxAsync(DemoServices s, CancellationToken ct)
    {
        var pending = await s.Db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.Id).ToListAsync(ct);
        foreach (var message in pending)
        {
            await s.Delivered.RecordAsync(message, message.CreatedAtUtc, ct);
        }
    }

    private void PlanDossier(DateOnly accepted) =>
        schedule.At(accepted, async (s, ct) =>
        {
            var customer = _customers.First(c => c.Code == "BOISVERT");
            var dossier = await s.Dossiers.CreateAsync(
                new DossierInput
                {
                    CustomerId = customer.Id,
                    Name = "Agencement du showroom de Grenoble",
                    Reference = "DEV-SHOWROOM",
                    Lines =
                    [
                        new InvoiceLineInput { ProductId = _products["CONSEIL-J"], Quantity = 12m },
                        new InvoiceLineInput { ProductId = _products["DEV-H"], Quantity = 160m },
                        new InvoiceLineInput { Description = "Mobilier d'exposition sur mesure", Quantity = 1m, Unit = "forfait", UnitPrice = 18500m, TaxCode = "TVA20", GlAccount = "707000" },
                    ],
                },
                ct);
            await s.Dossiers.AcceptAsync(dossier.Id, new AcceptDossierInput { Date = accepted, Reference = "Devis signé du " + accepted.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) }, ct);
            var deposit = await s.DossierBilling.CreateDepositAsync(dossier.Id, new DepositInput { Percent = 30m }, actor, ct);
            await s.Invoices.FinalizeAsync(deposit.Id, actor, ct);
            Documents++;
            await EmailAsync(s, deposit.Id, ct);
            PlanPayment(accepted.AddDays(8), deposit.Id, PaymentMethod.Transfer);
            foreach (var (after, percent) in new[] { (70, 40m), (150, 80m) })
            {
                schedule.At(accepted.AddDays(after), (services, token) => SituationAsync(services, dossier.Id, percent, accepted.AddDays(after), token));
            }
        });

    private async Task SituationAsync(DemoServices s, int dossierId, decimal percent, DateOnly day, CancellationToken ct)
    {
        var dossier = await s.Dossiers.GetAsync(dossierId, ct);
        var input = new SituationInput
        {
            DepositDeduction = DepositDeduction.Progressive,
            Lines = dossier.Lines.Select(l => new SituationLineInput { DossierLineId = l.Id, Percent = percent }).ToList(),
        };
        var situation = await s.DossierBilling.CreateSituationAsync(dossierId, input, actor, ct);
        var issued = await s.Invoices.FinalizeAsync(situation.Id, actor, ct);
        Documents++;
        await EmailAsync(s, issued.Id, ct);
        PlanPayment(day.AddDays(random.Next(20, 40)), issued.Id, PaymentMethod.Transfer);
    }

    private void PlanMaintenanceContract(DateOnly firstOfMonth) =>
        schedule.At(firstOfMonth.AddDays(-3), async (s, ct) =>
        {
            await s.RecurringTemplates.CreateAsync(
                new RecurringInvoiceInput
                {
                    CustomerId = _customers.First(c => c.Code == "DUPONT").Id,
                    Title = "Contrat de maintenance du parc",
                    Frequency = RecurrenceFrequency.Monthly,
                    Interval = 1,
                    StartDate = firstOfMonth,
                    DayOfIssue = 1,
                    Action = RecurringAction.Issue,
                    PaymentTermsDays = 30,
                    Lines =
                    [
                        new InvoiceLineInput { Description = "Maintenance du parc informatique — {mois} {année}", Quantity = 1m, Unit = "mois", UnitPrice = 450m, TaxCode = "TVA20", GlAccount = "706000" },
                    ],
                },
                actor,
                ct);
        });

    private InvoiceInput DraftFor(DemoCustomer customer, int? paymentTermsDays)
    {
        var taxOverride = customer.Country switch { "CA" => "QC", "FR" => null, _ => "UE" };
        var lines = new List<InvoiceLineInput>();
        var catalogue = _products.Keys.Where(k => k != "LIVRAISON").ToList();
        foreach (var code in catalogue.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))
        {
            var quantity = code switch
            {
                "CONSEIL-J" => random.Next(1, 6),
                "DEV-H" => random.Next(4, 41),
                "AFFICHE-A2" => random.Next(5, 51) * 10,
                _ => random.Next(1, 11) * 10,
            };
            lines.Add(new InvoiceLineInput { ProductId = _products[code], Quantity = quantity, TaxCode = taxOverride });
        }

        if (lines.Any(l => l.ProductId == _products["AFFICHE-A2"] || l.ProductId == _products["LIVRE"]))
        {
            lines.Add(new InvoiceLineInput { ProductId = _products["LIVRAISON"], Quantity = 1m, TaxCode = taxOverride });
        }

        return new InvoiceInput { CustomerId = customer.Id, PaymentTermsDays = paymentTermsDays, Lines = lines };
    }

    private DemoCustomer PickCustomer()
    {
        var ticket = random.Next(0, _customers.Sum(c => c.Weight));
        foreach (var customer in _customers)
        {
            ticket -= customer.Weight;
            if (ticket < 0)
            {
                return customer;
            }
        }

        return _customers[^1];
    }

    private PaymentMethod PickMethod()
    {
        var ticket = random.Next(0, Methods.Sum(m => m.Weight));
        foreach (var (method, weight) in Methods)
        {
            ticket -= weight;
            if (ticket < 0)
            {
                return method;
            }
        }

        return PaymentMethod.Transfer;
    }

    private static string Reference(PaymentMethod method) => method switch
    {
        PaymentMethod.Cheque => "Chèque",
        PaymentMethod.Card => "CB",
        PaymentMethod.DirectDebit => "Prélèvement",
        PaymentMethod.Lcr => "LCR",
        _ => "Virement",
    };

    private static async Task EnsureSenderAsync(FacturationDb db, MailSettingsService mailSettings, CancellationToken ct)
    {
        if ((await mailSettings.AccountAsync(ct)).SenderAddress is not null)
        {
            return;
        }

        // No SMTP server is configured on a fresh install: the sender lets e-mails be queued; nothing leaves without a host.
        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstAsync(ct);
        var input = MailSettingsInput.From(await mailSettings.GetAsync(ct));
        (input.SenderName, input.SenderAddress) = (company.LegalName, company.Email ?? "contact@facturation.local");
        await mailSettings.UpdateAsync(input, ct);
    }
}
#pragma warning restore CA5394
